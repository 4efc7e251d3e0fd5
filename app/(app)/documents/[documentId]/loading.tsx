import { PageSkeleton } from "@/components/ui/page-skeleton";

// Inside the layout, which has already shown the document's header and viewer (docs/decisions/045): only the fact
// list is still to come.
export default function DocumentLoading() {
  return <PageSkeleton label="Loading the facts…" />;
}
