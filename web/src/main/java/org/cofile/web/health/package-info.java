/** Health checks the server reports through MicroProfile Health (it scans the web module for them). */
package org.cofile.web.health;
