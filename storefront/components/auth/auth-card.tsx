import type { ReactNode } from "react"

/** The centred card of the pages before sign-in (sign-in, activation, secure link). */
export function AuthCard({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <main id="main-content" className="flex flex-1 items-start justify-center px-4 py-10 sm:items-center sm:py-16">
      <div className="w-full max-w-md">
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">{title}</h1>
          {intro ? <div className="mt-2 text-sm leading-6 text-slate-600">{intro}</div> : null}
          <div className="mt-6">{children}</div>
        </div>
        {footer ? <div className="mt-6 flex flex-col items-center gap-2 text-center text-sm text-slate-600">{footer}</div> : null}
      </div>
    </main>
  )
}
