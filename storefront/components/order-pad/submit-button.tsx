"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

type SubmitButtonProps = {
  children: ReactNode
  className: string
  testId?: string
  name?: string
  value?: string
  /** A toggle (the favourite star): its state, read out as pressed or not. */
  pressed?: boolean
  /** The accessible name when the visible content is a symbol. */
  label?: string
}

/** A form's submit button that says it is busy while the server action runs (and works without JavaScript). */
export function SubmitButton({ children, className, testId, name, value, pressed, label }: SubmitButtonProps) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      aria-pressed={pressed}
      aria-label={label}
      className={`${className} disabled:opacity-70`}
      data-testid={testId}
    >
      {children}
    </button>
  )
}
