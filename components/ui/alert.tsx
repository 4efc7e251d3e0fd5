export function Alert({
  tone = "error",
  children,
}: {
  tone?: "error" | "success" | "info";
  children: React.ReactNode;
}) {
  const cls =
    tone === "error"
      ? "bg-red-50 text-red-800 ring-red-200"
      : tone === "success"
        ? "bg-emerald-50 text-emerald-800 ring-emerald-200"
        : "bg-indigo-50 text-indigo-800 ring-indigo-200";
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md px-3 py-2 text-sm ring-1 ring-inset ${cls}`}
    >
      {children}
    </div>
  );
}
