import type { FastifyInstance } from 'fastify';
import type { CalendarService } from './calendar-service';
import { camelKeys, readBody, scheduleInput } from './event-input';
import { availabilityView, checkScheduleLimits } from './schedule';
import { formatDateTimeTimeZone, parseDateTimeTimeZone, preferredTimeZone } from './time-zones';

const CONTEXT = 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)';

/** POST /users/{id}/calendar/getSchedule — free/busy of up to 100 people, as the real service answers it. */
export function registerScheduleRoutes(app: FastifyInstance, service: CalendarService): void {
  app.post<{ Params: { user: string } }>('/users/:user/calendar/getSchedule', async (request, reply) => {
    await service.person(request.params.user);
    const input = readBody(scheduleInput, camelKeys(request.body));
    const from = parseDateTimeTimeZone(input.startTime).toJSDate();
    const to = parseDateTimeTimeZone(input.endTime).toJSDate();
    const interval = input.availabilityViewInterval ?? 30;
    checkScheduleLimits({ schedules: input.schedules.length, from, to, interval });
    const zone = preferredTimeZone(request.headers.prefer);

    const value = await Promise.all(
      input.schedules.map(async (scheduleId) => {
        const person = await service.findPerson(scheduleId);
        if (!person) {
          return {
            scheduleId,
            error: {
              message: `Unable to resolve e-mail address ${scheduleId} to an Active Directory object.`,
              responseCode: '5009',
            },
          };
        }
        const items = await service.busy(person, from, to);
        return {
          scheduleId,
          availabilityView: availabilityView(items, from, to, interval),
          scheduleItems: items.map((item) => ({
            isPrivate: item.isPrivate,
            status: item.status,
            ...(item.isPrivate ? {} : { subject: item.subject, location: item.location }),
            start: formatDateTimeTimeZone(item.start, zone),
            end: formatDateTimeTimeZone(item.end, zone),
          })),
          workingHours: person.workingHours,
        };
      }),
    );
    if (zone !== 'UTC') reply.header('Preference-Applied', `outlook.timezone="${zone}"`);
    return { '@odata.context': CONTEXT, value };
  });
}
