import { Button, Drawer, toast } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { useTranslation } from "react-i18next"

/**
 * A drawer holding one form, with Cancel and Save. A rejected save shows its message as a toast: the backend's
 * 400 names the field, which is what staff need to fix it.
 */
export function FormDrawer({
  title,
  onClose,
  onSubmit,
  isPending,
  children,
  className,
  testId,
  saveTestId,
}: {
  title: string
  onClose: () => void
  onSubmit: () => Promise<unknown> | void
  isPending: boolean
  children: ReactNode
  className?: string
  testId?: string
  saveTestId?: string
}) {
  const { t } = useTranslation()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await onSubmit()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className={className}>
        <form onSubmit={submit} className="flex h-full flex-col" data-testid={testId}>
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
          <Drawer.Footer>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t("clientPortal.common.cancel")}
            </Button>
            <Button type="submit" isLoading={isPending} data-testid={saveTestId}>
              {t("clientPortal.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
