/** Pages of the administrators: recurring jobs. Restricted to role ADMIN in web.xml. */
package vn.motcua.web.admin;
