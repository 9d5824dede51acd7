import type { ResponseAction } from '../calendar/meeting-changes';

/** Where the viewer's pages live, under whatever prefix its routes were registered with. */
export interface ViewerLinks {
  list: string;
  mailbox(person: string, view?: { from?: string; busy?: boolean; format?: 'json' }): string;
  respond(person: string, eventId: string, action: ResponseAction): string;
}

export function viewerLinks(base: string): ViewerLinks {
  const personPath = (person: string) => `${base}/${encodeURIComponent(person)}`;
  return {
    list: base,
    mailbox(person, view = {}) {
      const query = new URLSearchParams();
      if (view.from) query.set('from', view.from);
      if (view.busy) query.set('busy', '1');
      if (view.format) query.set('format', view.format);
      const search = query.toString();
      return search ? `${personPath(person)}?${search}` : personPath(person);
    },
    respond: (person, eventId, action) =>
      `${personPath(person)}/events/${encodeURIComponent(eventId)}/${action}`,
  };
}
