// Runs in the browser before the app hydrates (Next's client instrumentation file).
import { startPdfJsIfPreloaded } from "@/components/pdf-viewer/early-start";

try {
  startPdfJsIfPreloaded();
} catch {
  // Only a head start: the viewer starts pdf.js itself when it renders.
}
