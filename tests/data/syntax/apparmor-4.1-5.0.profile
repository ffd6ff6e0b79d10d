# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
# Every rule class and prefix of apparmor.d(5) for AppArmor 4.1 and 5.0, one construct a line
# (tst_syntaxdefinition highlights it with Armorer's definition).
abi <abi/5.0>,
include <tunables/global>
#include <tunables/home>
@{exec_path} = /usr/bin/app /usr/lib/app/{bin,libexec}/app
@{HOME} += /srv/home/*/
$use_cache = true
alias /usr/ -> /mnt/usr/,
if $use_cache {
  @{cache} = /var/cache/app
} else {
  @{cache} = /tmp/app
}
profile app @{exec_path} xattrs=(security.apparmor="trusted") flags=(complain, attach_disconnected, attach_disconnected.path=/disconnected/, mediate_deleted, error=-EPERM, interruptible, kill.signal=hup) {
  include if exists <local/app>
  include "/etc/apparmor.d/abstractions/base"
  capability net_bind_service setuid,
  deny capability sys_admin,
  audit allow network inet stream,
  network inet6 dgram ip=::1 port=53,
  network (connect, send) inet tcp peer=(ip=10.0.0.1 port=443),
  unix (send, receive) type=stream addr=@/tmp/sock peer=(label=other addr=none),
  dbus send bus=session path=/org/freedesktop/Notifications interface=org.freedesktop.Notifications member=Notify peer=(name=org.freedesktop.Notifications label=unconfined),
  dbus bind bus=system name=org.example.Foo,
  dbus eavesdrop bus=session,
  signal (send, receive) set=(term, kill, usr1) peer=app//child,
  ptrace (read, trace) peer=unconfined,
  mount fstype=tmpfs options=(rw, nosuid) tmpfs -> /run/app/,
  remount /,
  umount /mnt/**,
  pivot_root oldroot=/old/ /new/ -> child,
  change_profile -> other,
  change_profile safe /usr/bin/x -> other,
  change_hat,
  rlimit nofile <= 1024,
  set rlimit as <= 1G,
  userns,
  audit userns create,
  io_uring (sqpoll, override_creds) label=app,
  mqueue (create, read, write) type=posix /app-queue,
  mqueue type=sysv 1234,
  owner @{HOME}/.config/app/** rwk,
  other /srv/shared/** r,
  /usr/bin/helper Px -> helper,
  /usr/bin/tool cix -> tool_child,
  /etc/app/{a,b}.conf r,
  "/srv/with space/**" rw,
  file /var/lib/app/** rw,
  link subset /tmp/link -> /tmp/target,
  allow /proc/@{pid}/stat r,
  r @{cache}/**,
  priority=10 allow /etc/shadow r,
  priority=-5 deny /etc/x w,
  quiet deny /proc/sys/** w,
  all,
  if defined @{cache} {
    @{cache}/** rw,
  }
  ^hat {
    /tmp/** rw,
  }
  profile child /usr/bin/child flags=(prompt, default_allow) {
    file,
  }
  hat other {
    network,
  }
}
