/**
 * The portal WAR, organised by audience: {@code citizen}, {@code worklist} (officials), {@code api} (REST),
 * {@code security}, {@code health}, and {@code shared} UI pieces. Pages and resources talk to the case engine's
 * application services through views (records); entities never reach a page.
 */
package vn.motcua.web;
