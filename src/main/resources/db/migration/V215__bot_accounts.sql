-- A bot's security key signs what Potok sends to the bot, so it is kept retrievable, encrypted with the
-- installation's secret key; security_key_hash still serves API sign-in as for every member.
alter table members add column bot_key_encrypted text;
