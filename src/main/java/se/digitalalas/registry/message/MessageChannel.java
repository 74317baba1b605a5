package se.digitalalas.registry.message;

public enum MessageChannel {
  DIGITALA_LAS_MAIL,
  TUNSTALL_ORDER,
  PHONIRO_WEB_ORDER,
  LINDESK_TICKET,
  BILLING_BASIS
}
