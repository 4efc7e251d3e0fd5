import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function VendorLoading() {
  return <PageSkeleton label="Loading the vendor…" />;
}
