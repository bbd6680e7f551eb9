<?php
// Router for PHP's built-in server in front of Roundcube (tests/roundcube/webmail.ts). PHP's
// server sends static files without any caching header, so a browser fetched Roundcube's ~20
// scripts, styles and images again on every page. Roundcube's own .htaccess, under Apache, lets
// them be cached for a month (mod_expires), and its URLs carry a version stamp (?s=...): this
// serves them the same way. Everything else goes to Roundcube as before.

const TYPES = [
    'js' => 'text/javascript', 'css' => 'text/css', 'svg' => 'image/svg+xml', 'png' => 'image/png',
    'gif' => 'image/gif', 'jpg' => 'image/jpeg', 'ico' => 'image/x-icon', 'woff' => 'font/woff',
    'woff2' => 'font/woff2', 'ttf' => 'font/ttf', 'eot' => 'application/vnd.ms-fontobject',
];

$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$type = TYPES[strtolower(pathinfo($path, PATHINFO_EXTENSION))] ?? null;
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ($type === null || str_contains($path, '..') || !is_file($file)) {
    return false; // PHP's server handles it: Roundcube's index.php, or a 404.
}
header("Content-Type: $type");
header('Cache-Control: public, max-age=2592000');
header('Content-Length: ' . filesize($file));
readfile($file);
return true;
