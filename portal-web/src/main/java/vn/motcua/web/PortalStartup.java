package vn.motcua.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import vn.motcua.platform.startup.PlatformStartup;

/**
 * Runs the platform's start-up sequence (migrations, demo data, process engine, recurring jobs) when the web module
 * starts, before it serves its first request, and stops the recurring jobs when it stops. A failure at start-up fails
 * the deployment: a node never serves on a half-migrated schema.
 */
@WebListener
public class PortalStartup implements ServletContextListener {

    @Inject
    PlatformStartup platform;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        platform.start();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        platform.stop();
    }
}
