/**
 * The one-line message a tool shows after an action (imported, cancelled, copied …). When an
 * action removes the control that had focus (a question that closes, an offer that goes away),
 * `say(message, true)` moves focus to the message, so focus never falls back to the page.
 */
import { useEffect, useRef, useState } from 'react';
import './fields.css';

export type Message = { kind: 'ok' | 'error'; text: string };

export function useToolMessage() {
  const [message, setMessage] = useState<Message | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusTick) ref.current?.focus();
  }, [focusTick]);
  const say = (m: Message | null, focus = false) => {
    setMessage(m);
    if (focus && m) setFocusTick((t) => t + 1);
  };
  return { message, say, ref };
}

export default function ToolMessage({ message, ref }: { message: Message | null; ref: React.Ref<HTMLParagraphElement> }) {
  if (!message) return null;
  return (
    <p ref={ref} tabIndex={-1} className={message.kind === 'error' ? 'notice error tool-message' : 'notice tool-message'} role={message.kind === 'error' ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}
