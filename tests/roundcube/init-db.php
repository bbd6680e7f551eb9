<?php
// Creates the harness's Roundcube database (tests/roundcube/webmail.ts runs this with php-cli):
// Roundcube's own SQLite schema, then the rep's account and identity, so that the first login
// finds a named identity with a signature — what a rep who has set up their webmail has —
// instead of the bare address Roundcube would make up on its own.
// Argument: one JSON object {db, schema, user, mailHost, language, name, organization, email, signature}.

$args = json_decode($argv[1] ?? '', true, 8, JSON_THROW_ON_ERROR);
$db = new PDO('sqlite:' . $args['db']);
$db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
$db->exec(file_get_contents($args['schema']));

$now = gmdate('Y-m-d H:i:s');
$db->prepare('INSERT INTO users (username, mail_host, created, language) VALUES (?, ?, ?, ?)')
    ->execute([$args['user'], $args['mailHost'], $now, $args['language']]);
$db->prepare('INSERT INTO identities (user_id, changed, standard, name, organization, email, signature)
              VALUES (?, ?, 1, ?, ?, ?, ?)')
    ->execute([$db->lastInsertId(), $now, $args['name'], $args['organization'], $args['email'], $args['signature']]);
