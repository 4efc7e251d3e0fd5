import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function DocumentLoading() {
  return <PageSkeleton label="Loading the document and its facts…" twoColumns />;
}
