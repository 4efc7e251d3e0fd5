// oidc-provider ships no types (its DefinitelyTyped package lags its majors); the test uses only
// its constructor and listen(), typed where it calls them.
declare module "oidc-provider";
