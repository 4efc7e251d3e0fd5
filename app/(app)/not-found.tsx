import Link from "next/link";

// notFound() inside the app renders here, inside the shell: the navigation stays.
export default function AppNotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Not found</h1>
      <p className="mt-2 text-slate-700">This page does not exist, or you do not have access to it.</p>
      <Link href="/dashboard" className="mt-6 inline-block text-indigo-700 hover:underline">
        Back to the dashboard
      </Link>
    </div>
  );
}
