"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";

type Item = {
  key: string;
  name: string;
  size: number;
  sent: number;
  phase: "uploading" | "queued" | "parsing" | "retrying" | "parsed" | "failed";
  message?: string;
  documentId?: string;
};

const ACCEPT = ".pdf,.md,.markdown,.html,.htm,.csv,.txt,application/pdf,text/markdown,text/html,text/csv,text/plain";
const MAX_MB = 50;

/**
 * Drag-and-drop or pick files; each uploads with its own progress bar (XHR, since fetch cannot report
 * upload progress), then the parse status is polled until the background job finishes. The page
 * never blocks: several files can be in flight, and errors say what to do.
 */
export function UploadWidget({ vendorId }: { vendorId: string }) {
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const update = (key: string, patch: Partial<Item>) =>
    setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));

  const poll = useCallback(
    async (key: string, documentId: string) => {
      for (let i = 0; i < 300; i++) {
        await new Promise((r) => setTimeout(r, i < 10 ? 700 : 2000));
        const res = await fetch(`/api/documents/${documentId}/status`, { cache: "no-store" }).catch(() => null);
        if (!res?.ok) continue;
        const s = (await res.json()) as { parseStatus: Item["phase"]; parseError?: string | null };
        update(key, { phase: s.parseStatus, message: s.parseError ?? undefined });
        if (s.parseStatus === "parsed" || s.parseStatus === "failed") {
          router.refresh();
          return;
        }
      }
    },
    [router],
  );

  const send = useCallback(
    (file: File) => {
      const key = crypto.randomUUID();
      setItems((xs) => [...xs, { key, name: file.name, size: file.size, sent: 0, phase: "uploading" }]);
      if (file.size > MAX_MB * 1024 * 1024) {
        update(key, {
          phase: "failed",
          message: `This file is larger than ${MAX_MB} MB. Ask the vendor for a smaller export.`,
        });
        return;
      }
      const xhr = new XMLHttpRequest();
      xhr.open("POST", `/api/vendors/${vendorId}/documents`);
      xhr.setRequestHeader("Idempotency-Key", key); // a retried request creates no duplicate
      xhr.upload.onprogress = (e) => e.lengthComputable && update(key, { sent: e.loaded / e.total });
      xhr.onerror = () =>
        update(key, { phase: "failed", message: "The upload was interrupted. Check your connection and try again." });
      xhr.onload = () => {
        let body: { document?: { id: string; parseStatus: Item["phase"] }; error?: string } = {};
        try {
          body = JSON.parse(xhr.responseText);
        } catch {}
        if (xhr.status >= 200 && xhr.status < 300 && body.document) {
          update(key, { sent: 1, phase: body.document.parseStatus, documentId: body.document.id });
          router.refresh();
          void poll(key, body.document.id);
        } else {
          update(key, { phase: "failed", message: body.error ?? `Upload failed (HTTP ${xhr.status}).` });
        }
      };
      const form = new FormData();
      form.append("file", file);
      xhr.send(form);
    },
    [vendorId, poll, router],
  );

  const onFiles = (files: FileList | null) => files && Array.from(files).forEach(send);

  // A file chosen before the page's script ran (a slow connection, a busy machine) is already in the input when React
  // takes the page over, and its change event went unheard: upload it instead of dropping the choice silently.
  const adopted = useRef(false);
  useEffect(() => {
    if (adopted.current) return;
    adopted.current = true;
    const el = input.current;
    if (el?.files?.length) {
      Array.from(el.files).forEach(send);
      el.value = "";
    }
  }, [send]);

  return (
    <div>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          onFiles(e.dataTransfer.files);
        }}
        className={`rounded-lg border-2 border-dashed px-4 py-6 text-center text-sm ${over ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-white"}`}
      >
        <p className="text-slate-700">Drop SOC reports, bridge letters, ISO certificates or sub-processor lists here</p>
        <p className="mt-1 text-xs text-slate-500">PDF, Markdown, HTML or CSV · up to {MAX_MB} MB each</p>
        <button
          type="button"
          onClick={() => input.current?.click()}
          className="mt-3 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
        >
          Choose files
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          className="sr-only"
          aria-label="Choose files to upload"
          data-testid="upload-input"
          onChange={(e) => {
            onFiles(e.target.files);
            e.target.value = "";
          }}
        />
      </div>
      {items.length ? (
        <ul className="mt-3 space-y-2" aria-live="polite" aria-label="Uploads">
          {items.map((it) => (
            <li
              key={it.key}
              className="rounded-md border border-slate-200 bg-white p-2 text-sm"
              data-testid="upload-item"
            >
              <div className="flex justify-between gap-2">
                <span className="truncate font-medium">{it.name}</span>
                <span
                  className={
                    it.phase === "failed"
                      ? "text-red-700"
                      : it.phase === "parsed"
                        ? "text-emerald-700"
                        : "text-slate-600"
                  }
                >
                  {PHASE_LABEL[it.phase]}
                </span>
              </div>
              {it.phase === "uploading" ||
              it.phase === "queued" ||
              it.phase === "parsing" ||
              it.phase === "retrying" ? (
                <div
                  className="mt-1 h-1.5 rounded bg-slate-100"
                  role="progressbar"
                  aria-label={`${it.name} progress`}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.round(
                    (it.phase === "uploading" ? it.sent * 0.6 : it.phase === "queued" ? 0.7 : 0.85) * 100,
                  )}
                >
                  <div
                    className="h-1.5 rounded bg-indigo-600 transition-all"
                    style={{
                      width: `${(it.phase === "uploading" ? it.sent * 0.6 : it.phase === "queued" ? 0.7 : 0.85) * 100}%`,
                    }}
                  />
                </div>
              ) : null}
              {it.message ? <p className="mt-1 text-red-700">{it.message}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const PHASE_LABEL: Record<Item["phase"], string> = {
  uploading: "Uploading…",
  queued: "Waiting to be read…",
  parsing: "Reading…",
  retrying: "Retrying (the first attempt was interrupted)…",
  parsed: "Read",
  failed: "Failed",
};
