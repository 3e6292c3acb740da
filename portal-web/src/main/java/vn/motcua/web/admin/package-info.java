/** Pages for administrators (under /admin, role ADMIN only). */
package vn.motcua.web.admin;
