import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import { cookies } from "next/headers";
import Credentials from "next-auth/providers/credentials";
import * as z from "zod";
import { throttledAuthenticate } from "./throttled-login";
import { mayUseOrganisation } from "./login";
import { IDLE_MINUTES } from "./session-policy";
import { verifySecondFactor } from "./mfa/verify";
import { SSO_COOKIE, SSO_PROVIDER_ID, ssoProvider } from "./sso/provider";
import { cookieFrom } from "./request-origin";
import { endSession } from "./sign-out";

const loginSchema = z.object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(1024) });

// Behind TLS the cookie gets the __Host- prefix (Secure, Path=/, no Domain); plain-http local runs
// cannot set Secure cookies, so they keep an unprefixed name.
const secure = (process.env.AUTH_URL ?? process.env.APP_URL ?? "").startsWith("https://");
const sessionCookie = secure ? "__Host-assay.session" : "assay.session";
/** The session cookie's name, which is also the salt of its encryption (lib/auth/session-claims.ts reads it). */
export const SESSION_COOKIE = sessionCookie;

/** The organisation this browser chose for single sign-on, if any (see lib/auth/sso/actions.ts). */
// The route handler passes a plain Request (lib/auth/request-origin.ts): read the Cookie header.
async function chosenSsoTenant(req: Request | undefined): Promise<string | undefined> {
  if (req) return cookieFrom(req.headers, SSO_COOKIE);
  try {
    return (await cookies()).get(SSO_COOKIE)?.value;
  } catch {
    return undefined; // outside a request (build, scripts)
  }
}

// Lazy configuration: the one "sso" provider is the chosen organisation's OpenID Connect connection,
// built per request from the database; everything else is fixed.
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(async (req) => {
  const sso = await ssoProvider(await chosenSsoTenant(req));
  return { ...config, providers: sso ? [...config.providers, sso] : config.providers };
});

const config = {
  session: { strategy: "jwt", maxAge: IDLE_MINUTES * 60, updateAge: 60 },
  trustHost: true,
  pages: { signIn: "/login", error: "/login" },
  cookies: {
    sessionToken: { name: sessionCookie, options: { httpOnly: true, sameSite: "lax", path: "/", secure } },
  },
  logger: {
    // A wrong password is an expected outcome, not an error worth a stack trace in the server log.
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin") return;
      // A refused CSRF token is audited (app/api/auth/[...nextauth]/route.ts): one line, no stack.
      if (type === "MissingCSRF") return void console.warn(`[auth] ${error.message}`);
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const result = await throttledAuthenticate(parsed.data.email, parsed.data.password, request.headers);
        if (!result.ok) throw new CredentialsSignin();
        return { id: result.userId, tenantId: result.tenantId, mfa: result.mfa } as { id: string };
      },
    }),
  ],
  callbacks: {
    // A refused single sign-on (wrong domain, unverified address, disabled membership) ends here:
    // Auth.js sends the browser to the sign-in page with error=AccessDenied, and no session.
    signIn({ user }) {
      return !(user as { ssoRefused?: string }).ssoRefused;
    },
    async jwt({ token, user, account, trigger, session }) {
      // An update may change two claims, each only after its own check (a client can reach this
      // through /api/auth/session too, so the checks live here, not in the calling action):
      const update = (trigger === "update" ? session : undefined) as { tid?: unknown; mfaCode?: unknown } | undefined;
      // - the second factor of a pending sign-in: the code is verified here (single use, lockout);
      if (typeof update?.mfaCode === "string") {
        if (token.mfa === "pending" && typeof token.uid === "string" && typeof token.tid === "string") {
          const result = await verifySecondFactor(
            { userId: token.uid, tenantId: token.tid },
            update.mfaCode.slice(0, 64),
          );
          if (result.ok) token.mfa = "verified";
        }
        return token;
      }
      // - the organisation, only to one the person is an active member of now, from a session that
      //   is complete and not an organisation's single sign-on (that one vouches for itself only).
      if (typeof update?.tid === "string" && typeof token.uid === "string") {
        if (token.mfa !== "pending" && token.method !== "sso" && (await mayUseOrganisation(token.uid, update.tid)))
          token.tid = update.tid;
        return token;
      }
      if (user?.id) {
        const sso = account?.provider === SSO_PROVIDER_ID;
        // For an OAuth sign-in Auth.js sets user.id to a fresh random id: the person is the one
        // lib/auth/sso/provider.ts admitted.
        token.uid = sso ? (user as { assayUserId?: string }).assayUserId : user.id;
        token.tid = (user as { tenantId?: string }).tenantId;
        token.authTime = Date.now(); // ms, so a sign-in right after a revocation is still newer than it
        // This session's own id: signing out revokes it alone, and a copied cookie with it.
        token.sid = crypto.randomUUID();
        // The organisation's identity provider owns the second factor of a single sign-on.
        token.method = sso ? "sso" : "password";
        token.mfa = token.method === "password" && (user as { mfa?: boolean }).mfa ? "pending" : "none";
      }
      return token;
    },
    session({ session, token }) {
      // Only ids travel in the session; requireActor() loads everything else from the database.
      return {
        ...session,
        uid: token.uid,
        tid: token.tid,
        authTime: token.authTime,
        mfa: token.mfa,
        method: token.method,
        sid: token.sid,
      } as typeof session;
    },
  },
  events: {
    // Every sign-out passes here: Auth.js's own POST /api/auth/signout and our sign-out action
    // (lib/auth/actions.ts, which has already revoked it and so fails loudly if the database is
    // down). Auth.js clears the cookie either way; this makes a copy of it worthless too.
    async signOut(message) {
      await endSession("token" in message ? message.token : null);
    },
  },
} satisfies NextAuthConfig;
