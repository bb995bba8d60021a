/**
 * The fax gateway's formats, free of any framework: what fax-to-email bridges and
 * email-to-fax gateways write, and the fax ECS sends.
 * <p>
 * In: a bridge mail ({@link org.ecs.gateways.fax.FaxBridgeMail#of}) is read by
 * {@link org.ecs.gateways.fax.ReceivedFaxParser} into a
 * {@link org.ecs.gateways.fax.ReceivedFax} (sender in E.164 through
 * {@link org.ecs.gateways.fax.FaxNumbers}, the page files), or set aside with the reason.
 * The pages go to the ocr module, whose reply-code reader yields the text that
 * {@link org.ecs.gateways.fax.ReplySheetCode#parse} and
 * {@link org.ecs.gateways.fax.ReplySheetCode#isAuthentic} turn into a discussion and a
 * participant.
 * <p>
 * Out: {@link org.ecs.gateways.fax.FaxDocumentRenderer} renders a
 * {@link org.ecs.gateways.fax.FaxDocument} to a PDF ending in a reply sheet;
 * {@link org.ecs.gateways.fax.FaxOutboundMail} wraps it in the mail the email-to-fax
 * gateway faxes; {@link org.ecs.gateways.fax.FaxDeliveryReportParser} reads the gateway's
 * report back, with the notification id the mail carried.
 * <p>
 * Sandbox and tests: {@link org.ecs.gateways.fax.FaxBridgeMailComposer} writes the mail
 * HylaFAX would send for an uploaded page, as a fax machine would have sent it
 * ({@link org.ecs.gateways.fax.FaxTiff}).
 * <p>
 * Every class here is immutable once built and safe to share between threads.
 */
package org.ecs.gateways.fax;
