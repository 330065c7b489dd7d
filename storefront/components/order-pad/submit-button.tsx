"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

/** A form's submit button that says it is busy while the server action runs (and works without JavaScript). */
export function SubmitButton({ children, className, testId, name, value }: { children: ReactNode; className: string; testId?: string; name?: string; value?: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={`${className} disabled:opacity-70`} data-testid={testId}>
      {children}
    </button>
  )
}
