CREATE TABLE "demo_subscription" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"application_id" text NOT NULL,
	"resource" text NOT NULL,
	"mailbox_id" text NOT NULL,
	"change_type" text NOT NULL,
	"notification_url" text NOT NULL,
	"lifecycle_notification_url" text,
	"client_state" text,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "demo_subscription_mailbox_idx" ON "demo_subscription" USING btree ("tenant_id","mailbox_id");