export type LoginState = { error?: string; email?: string };

// One message for unknown email, wrong password, locked and disabled accounts: nothing reveals which emails exist.
export const LOGIN_FAILED_MESSAGE =
  "That email and password do not match an active account. After 5 failed tries an account is locked for 15 minutes.";
