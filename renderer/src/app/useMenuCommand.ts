/** Carry out application-menu commands (see shared/menu-commands.ts) while this component is shown. */
import { useEffect, useRef } from 'react';
import { MENU_EVENT, type MenuCommand } from '../../../shared/menu-commands';

export function useMenuCommand(handlers: Partial<Record<MenuCommand, () => void>>): void {
  // The latest handlers, without re-subscribing on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onMenu = (e: Event) => {
      const command = (e as CustomEvent<unknown>).detail;
      if (typeof command === 'string') latest.current[command as MenuCommand]?.();
    };
    window.addEventListener(MENU_EVENT, onMenu);
    return () => window.removeEventListener(MENU_EVENT, onMenu);
  }, []);
}
