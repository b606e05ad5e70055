import type { ReactNode } from 'react';
import { CloseIcon } from './icons';

interface BannerProps {
  tone: 'error' | 'warning' | 'info' | 'partial';
  /** alert: read out at once (errors, lost work); status: read out politely. */
  role?: 'alert' | 'status';
  /** The bold first words that say what happened. */
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons that act on what the banner says. */
  actions?: ReactNode;
  /** A close button, named for what hiding the banner means. */
  dismiss?: { label: string; onDismiss: () => void };
  className?: string;
  testId?: string;
  data?: Record<`data-${string}`, string | boolean>;
}

/** One line under the toolbar: what happened, what to do about it, and how to hide it. */
export function Banner({ tone, role, title, children, actions, dismiss, className, testId, data }: BannerProps) {
  return (
    <div className={['banner', tone, className].filter(Boolean).join(' ')} role={role} data-testid={testId} {...data}>
      <div className="message">
        {title ? <strong>{title}</strong> : null}
        {children}
      </div>
      {actions ? <div className="banner-actions">{actions}</div> : null}
      {dismiss ? (
        <button type="button" className="button icon" aria-label={dismiss.label} onClick={dismiss.onDismiss}>
          <CloseIcon />
        </button>
      ) : null}
    </div>
  );
}
