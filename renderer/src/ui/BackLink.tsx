import { U } from './messages';

/** The way back to the 草稿箱, first in the toolbar of every other page. */
export function BackLink() {
  return (
    <a href="#/" className="gw-back">
      {U.back}
    </a>
  );
}
