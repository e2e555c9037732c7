// Never built: each marked line passes a value of the wrong type, and the type check must reject it
// (scripts/test-frameworks.mjs fails when any marked line type-checks).
import type { StatExitEvent } from 'stat-widgets';

const onExit = (event: MouseEvent) => event.button;
const onDismiss = (event: StatExitEvent) => event.trigger;

export const wrong = (
  <>
    <hotline-card heading-level="three"></hotline-card> {/* wrong: heading-level */}
    <hotline-card variant="big"></hotline-card> {/* wrong: variant */}
    <mailing-list-form fields="email"></mailing-list-form> {/* wrong: fields */}
    <quick-exit onstat-exit={onExit}></quick-exit> {/* wrong: onstat-exit */}
    <help-banner onstat-dismiss={onDismiss}></help-banner> {/* wrong: onstat-dismiss */}
  </>
);
