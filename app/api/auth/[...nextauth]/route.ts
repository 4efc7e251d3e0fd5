// GET/POST /api/auth/* — Auth.js's own endpoints (CSRF-protected by Auth.js).
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
