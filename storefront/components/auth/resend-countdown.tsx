"use client"

import { useEffect, useState } from "react"
import { useTranslations } from "next-intl"
import { RESEND_DELAY_SECONDS } from "./sign-in-state"

function secondsLeft(sentAt: number): number {
  return Math.max(0, Math.ceil((sentAt + RESEND_DELAY_SECONDS * 1000 - Date.now()) / 1000))
}

/**
 * "Send a new code" with a visible countdown. The first render (also the server's, for visitors without
 * JavaScript) shows the plain button: the server action refuses a resend within the delay, so the limit
 * holds either way. With JavaScript the button waits until the countdown reaches zero.
 */
export function ResendButton({ sentAt, pending, className }: { sentAt: number; pending: boolean; className: string }) {
  const t = useTranslations("SignIn")
  const [left, setLeft] = useState<number | null>(null)

  useEffect(() => {
    setLeft(secondsLeft(sentAt))
    const timer = window.setInterval(() => {
      const next = secondsLeft(sentAt)
      setLeft(next)
      if (next === 0) window.clearInterval(timer)
    }, 1000)
    return () => window.clearInterval(timer)
  }, [sentAt])

  const waiting = left !== null && left > 0
  return (
    <button
      type="submit"
      name="intent"
      value="resend"
      disabled={pending || waiting}
      data-testid="resend-code"
      className={`${className} whitespace-nowrap tabular-nums`}
    >
      {waiting ? t("resendIn", { seconds: left }) : t("resend")}
    </button>
  )
}
