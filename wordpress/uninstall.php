<?php
/**
 * Deleting the plugin removes the one thing it stored: its settings (on every site of a network).
 * Posts keep their widgets' HTML, whose no-JavaScript fallback (links, a form) still works.
 *
 * @package StatWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $stat_widgets_site_id ) {
		switch_to_blog( $stat_widgets_site_id );
		delete_option( 'stat_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'stat_widgets_settings' );
}
