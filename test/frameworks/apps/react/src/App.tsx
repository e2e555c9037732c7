// The elements as a React 19 developer writes them: kebab-case attributes, camelCase properties
// with their real types (numbers, booleans, arrays), and `onstat-*` handlers typed by the JSX types.
import { useState } from 'react';
import type { StatContactEvent, StatDismissEvent, StatExitEvent, SubscribeDetail } from 'stat-widgets';
import { describe, exitUrl, report, signupUrl } from '../../shared/page.js';

export function App() {
  const [log, setLog] = useState<string[]>([]);
  const record = (
    event: StatContactEvent | StatDismissEvent | StatExitEvent | CustomEvent<SubscribeDetail>,
  ) => {
    const line = describe(event);
    setLog((lines) => [...lines, line]);
    report('react', line);
  };
  return (
    <>
      <hotline-card
        id="card"
        preset="us-trafficking"
        headingLevel={4}
        emitEvents
        onstat-contact={(event) => record(event)}
      ></hotline-card>
      <hotline-card
        id="quiet"
        name="Club line"
        phone="(202) 555-0100"
        heading-level={5}
        emit-events={false}
        onstat-contact={record}
      ></hotline-card>
      <help-banner
        id="banner"
        preset="us-988"
        emergencyNumber="911"
        emit-events
        dismissible
        onstat-dismiss={record}
        onstat-contact={(event) => event.detail.channel === 'copy' && record(event)}
      ></help-banner>
      <mailing-list-form
        id="signup"
        provider="generic"
        action={signupUrl}
        fields={['email', 'first-name']}
        timeout={5}
        onstat-subscribe={record}
        onstat-subscribe-error={record}
      ></mailing-list-form>
      <quick-exit id="exit" url={exitUrl} position="inline" shortcut="none" onstat-exit={record}></quick-exit>
      <did-you-know id="facts" interval={8} shuffle={false} headingLevel={3}>
        <p>The average age of entry is 15.</p>
        <p>
          STAT! has worked on this issue since 2011. <a href="https://example.org/stat">About STAT!</a>
        </p>
      </did-you-know>
      <meeting-card
        id="meeting"
        name="Business meeting"
        schedule="first Thursday 11:30-13:00"
        timezone="America/Los_Angeles"
        headingLevel={4}
      ></meeting-card>
      <ol id="log">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </>
  );
}
