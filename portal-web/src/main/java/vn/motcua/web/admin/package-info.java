/** Pages of the administrators (under /admin, role ADMIN only): recurring jobs, the outbox, the audit trail. */
package vn.motcua.web.admin;
