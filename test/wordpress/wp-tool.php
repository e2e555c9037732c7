<?php
/**
 * The test site's command line (wp-cli is not a Debian package): boots the throwaway WordPress and
 * runs one command, printing its result as JSON. Only for test/wordpress/site.mjs.
 *
 * Usage: php wp-tool.php <site-dir> <host:port> <command> '<json arguments>'
 */

list( , $site, $host, $command ) = $argv;
$args = isset( $argv[4] ) ? json_decode( $argv[4], true ) : array();

$_SERVER['HTTP_HOST']       = $host;
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
	// No e-mail about the new site: the test machine has no mail server.
	function wp_new_blog_notification() {}
}
require $site . '/wp-load.php';

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'Club site', 'admin', 'admin@example.org', false, '', $args['password'] );
		update_option( 'permalink_structure', '' );
		update_option( 'default_comment_status', 'open' );
		update_option( 'show_avatars', 0 ); // Avatars are images from another site: none here.
		$result = $result['user_id'];
		break;
	case 'create-user':
		$result = wp_insert_user(
			array(
				'user_login' => $args['login'],
				'user_pass'  => $args['password'],
				'user_email' => $args['login'] . '@example.org',
				'role'       => $args['role'],
			)
		);
		break;
	case 'theme':
		switch_theme( $args['stylesheet'] );
		$result = get_stylesheet();
		break;
	case 'create-post':
		// As its author, so WordPress filters the content exactly as it would for that user.
		wp_set_current_user( $args['author'] );
		$result = wp_insert_post(
			array(
				'post_title'     => $args['title'],
				'post_content'   => $args['content'],
				'post_status'    => 'publish',
				'post_type'      => isset( $args['type'] ) ? $args['type'] : 'post',
				'post_author'    => $args['author'],
				'comment_status' => 'open',
			),
			true
		);
		break;
	case 'post':
		$post   = get_post( $args['id'] );
		$result = $post ? array(
			'content' => $post->post_content,
			'status'  => $post->post_status,
			'link'    => get_permalink( $post ),
		) : null;
		break;
	case 'options-like':
		global $wpdb;
		$result = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $args['like'] ) );
		break;
	case 'option':
		$result = get_option( $args['name'], null );
		break;
	case 'activate-plugin':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$result = activate_plugin( $args['file'] );
		$result = is_wp_error( $result ) ? $result : true;
		break;
	case 'active-plugins':
		$result = get_option( 'active_plugins' );
		break;
	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 2 );
}
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() . "\n" );
	exit( 1 );
}
echo wp_json_encode( $result );
