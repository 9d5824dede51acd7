CREATE TABLE "demo_calendar_state" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"epoch" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demo_event" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"mailbox_id" text NOT NULL,
	"ical_uid" text NOT NULL,
	"organizer_id" text NOT NULL,
	"is_organizer" boolean NOT NULL,
	"transaction_id" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"is_cancelled" boolean DEFAULT false NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "demo_event_mailbox_time_idx" ON "demo_event" USING btree ("tenant_id","mailbox_id","starts_at");--> statement-breakpoint
CREATE INDEX "demo_event_ical_idx" ON "demo_event" USING btree ("tenant_id","ical_uid");--> statement-breakpoint
CREATE UNIQUE INDEX "demo_event_transaction_uq" ON "demo_event" USING btree ("tenant_id","mailbox_id","transaction_id") WHERE "demo_event"."transaction_id" is not null;