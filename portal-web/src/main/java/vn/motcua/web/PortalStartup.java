package vn.motcua.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import vn.motcua.platform.startup.PlatformStartup;

/**
 * Runs the platform's start-up sequence (migrations, demo data, process engine) when the web module starts, before
 * it serves its first request. A failure here fails the deployment: a node never serves on a half-migrated schema.
 */
@WebListener
public class PortalStartup implements ServletContextListener {

    @Inject
    PlatformStartup platform;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        platform.start();
    }
}
