-- A service bought for a public-sector body expects ISO/IEC 27001 whatever its regions (the seeds' decision
-- framework). The scorer already reads the flag; until now no form could set it.
ALTER TABLE "BuyerService" ADD COLUMN "publicSector" BOOLEAN NOT NULL DEFAULT false;
