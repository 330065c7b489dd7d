"use client"

import { useFormStatus } from "react-dom"

/** The form's button, telling that the save is on its way (and not clickable twice meanwhile). */
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
      data-testid="save-preferences"
    >
      {pending ? pendingLabel : label}
    </button>
  )
}
