CREATE TABLE "calendar_subscription" (
	"tenant_id" text NOT NULL,
	"organizer_aad_id" text NOT NULL,
	"subscription_id" text NOT NULL,
	"client_state" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_subscription_tenant_id_organizer_aad_id_pk" PRIMARY KEY("tenant_id","organizer_aad_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_subscription_id_uq" ON "calendar_subscription" USING btree ("tenant_id","subscription_id");