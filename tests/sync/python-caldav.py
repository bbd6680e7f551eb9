#!/usr/bin/python3
# The second, independent CalDAV client for the interoperability test: Debian's python3-caldav.
# usage: python-caldav.py URL USER PASSWORD LIST_URL list            -> JSON [{uid, summary, status}]
#        python-caldav.py URL USER PASSWORD LIST_URL complete UID    -> marks that task completed
import json
import sys

import caldav

url, user, password, list_url, command = sys.argv[1:6]
client = caldav.DAVClient(url=url, username=user, password=password)
calendar = caldav.Calendar(client=client, url=list_url)

if command == "list":
    rows = []
    for todo in calendar.todos(include_completed=True):
        component = todo.icalendar_instance.walk("VTODO")[0]
        rows.append({
            "uid": str(component.get("uid")),
            "summary": str(component.get("summary")),
            "status": str(component.get("status", "")),
        })
    print(json.dumps(rows))
elif command == "complete":
    todo = calendar.todo_by_uid(sys.argv[6])
    todo.complete()
    print(json.dumps({"completed": sys.argv[6]}))
else:
    sys.exit(f"unknown command {command}")
