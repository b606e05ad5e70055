/** Small line icons drawn inline, so the app needs no icon font or network request. */
import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement>;

function Icon({ children, ...props }: IconProps) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
      {children}
    </svg>
  );
}

export const LogoIcon = (p: IconProps) => (
  <Icon width="22" height="22" {...p}>
    <circle cx="12" cy="5" r="2.5" /><circle cx="5" cy="18" r="2.5" /><circle cx="19" cy="18" r="2.5" />
    <path d="M12 7.5v4M12 11.5 6.5 16M12 11.5l5.5 4.5" />
  </Icon>
);
export const OpenIcon = (p: IconProps) => (<Icon {...p}><path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" /></Icon>);
export const PasteIcon = (p: IconProps) => (<Icon {...p}><rect x="6" y="4" width="12" height="17" rx="2" /><path d="M9 4V3h6v1M9 10h6M9 14h6" /></Icon>);
export const LinkIcon = (p: IconProps) => (<Icon {...p}><path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" /><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" /></Icon>);
export const DownloadIcon = (p: IconProps) => (<Icon {...p}><path d="M12 4v11M7 10l5 5 5-5M5 20h14" /></Icon>);
export const ChevronDownIcon = (p: IconProps) => (<Icon {...p}><path d="m6 9 6 6 6-6" /></Icon>);
export const UndoIcon = (p: IconProps) => (<Icon {...p}><path d="M9 14 4 9l5-5" /><path d="M4 9h10a6 6 0 0 1 0 12h-3" /></Icon>);
export const RedoIcon = (p: IconProps) => (<Icon {...p}><path d="m15 14 5-5-5-5" /><path d="M20 9H10a6 6 0 0 0 0 12h3" /></Icon>);
export const SunIcon = (p: IconProps) => (<Icon {...p}><circle cx="12" cy="12" r="4" /><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" /></Icon>);
export const MoonIcon = (p: IconProps) => (<Icon {...p}><path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z" /></Icon>);
export const PlusIcon = (p: IconProps) => (<Icon {...p}><path d="M12 5v14M5 12h14" /></Icon>);
export const MinusIcon = (p: IconProps) => (<Icon {...p}><path d="M5 12h14" /></Icon>);
export const FitIcon = (p: IconProps) => (<Icon {...p}><path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" /></Icon>);
export const QuestionIcon = (p: IconProps) => (<Icon {...p}><path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5" /><circle cx="12" cy="17.5" r="0.6" fill="currentColor" /></Icon>);
export const CloseIcon = (p: IconProps) => (<Icon {...p}><path d="M6 6l12 12M18 6 6 18" /></Icon>);
export const KeyboardIcon = (p: IconProps) => (<Icon {...p}><rect x="2" y="6" width="20" height="12" rx="2" /><path d="M6 10h.01M10 10h.01M14 10h.01M18 10h.01M7 14h10" /></Icon>);
