import { markup } from "@/lib/utils/html";

/**
 * The page the start route answers with: it sends the browser on to the identity provider by a
 * meta refresh (and a link, for anyone whose browser holds it back). Not a redirect: the sign-in
 * pages' policy says `form-action 'self'`, and a browser applies that to every redirect that follows
 * a form's POST, so a 303 to the provider was refused and the page stayed put (docs/decisions/053).
 * A refresh is a new navigation, made by the browser from this response, with or without script.
 */
export function continuePage(location: string): string {
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${location}">
<title>Continuing to your organisation's sign-in</title>
</head>
<body>
<main>
<p>Continuing to your organisation's sign-in…</p>
<p><a href="${location}">Continue</a></p>
</main>
</body>
</html>
`.toString();
}
