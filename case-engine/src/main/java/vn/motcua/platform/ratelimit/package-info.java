/** Request rate limits counted in the database, so that every node of a cluster enforces the same limit. */
package vn.motcua.platform.ratelimit;
