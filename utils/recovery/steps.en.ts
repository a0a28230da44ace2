import type { ChecklistText, StepContext } from './steps';

const named = (c: StepContext, number: string) => (c.issuerName ? `${c.issuerName}: ${number}` : number);

/** Said in the call-back step only while the owner has not said they are locked out: then amazon-locked-out says it. */
const lockedOutFallback = (c: StepContext) =>
  c.japan
    ? 'If you can no longer sign in, choose 「ログインできない」 ("I can\'t sign in") when asked to sign in, or create a second account with another e-mail address just to open Contact Us.'
    : 'If you can no longer sign in, create a second account with another e-mail address just to open Contact Us.';

const callWhom = (c: StepContext) =>
  c.regularLine
    ? `${c.issuerName ? `${c.issuerName}'s` : "your card company's"} regular customer line (${named(c, c.regularLine)})`
    : c.issuerName
      ? `the number on the back of your ${c.issuerName} card`
      : 'the number on the back of your card (the regular customer line)';

const afterHours = (c: StepContext) =>
  c.theftLine ? ` If the regular line is closed, call the loss and theft line (${named(c, c.theftLine)}) and say it is unauthorised use of your card details.` : '';

export const EN: ChecklistText = {
  sections: {
    'contact-amazon': 'Contact Amazon now',
    'secure-account': 'Secure your account',
    'check-account': 'Check what the intruder may have changed',
    'card-company': 'Call your card company',
    passwords: 'Close the way in',
    report: 'Report it and get help',
  },

  steps: {
    'amazon-call-back': {
      title: 'Ask Amazon to call you',
      detail: (c) =>
        "Open Amazon's Contact Us page and choose the phone option: you enter your number and Amazon calls you back. " +
        'A call is faster than e-mail, and the sooner Amazon locks the account, the more can still be cancelled.' +
        (c.lockedOut ? '' : ` ${lockedOutFallback(c)}`),
    },
    'amazon-locked-out': {
      title: 'Reach Amazon without signing in',
      detail: (c) =>
        'If the intruder changed your password or e-mail address, or turned on two-step verification, you cannot sign in any more. ' +
        (c.japan
          ? 'When the Contact Us page asks you to sign in, choose 「ログインできない」 ("I can\'t sign in"): it lets you go on without signing in. ' +
            'If that does not work, create a second Amazon account with another e-mail address just to open Contact Us, and request the call from there. '
          : 'Create a second Amazon account with another e-mail address just to open Contact Us, and request the call from there. ') +
        'Give the operator the name, e-mail address, postal address and phone number of the hijacked account: that is how they find it.',
    },
    'amazon-what-to-say': {
      title: 'What to tell Amazon',
      detail: (c) =>
        c.orderIds.length > 0
          ? `Say that your account has been compromised and that you did not place these orders: ${c.orderIds.join(', ')}. ` +
            'Ask Amazon to lock the account, cancel and refund the orders, and undo the changes to your e-mail address, phone, two-step verification and addresses. ' +
            'Keep the incident summary at hand.'
          : "Say that your account has been compromised and give the number of every order you did not place (they are in your order history and in Amazon's e-mails). " +
            'Ask Amazon to lock the account, cancel and refund the orders, and undo the changes to your e-mail address, phone, two-step verification and addresses.',
    },
    'amazon-cancel-digital': {
      title: 'Have digital orders cancelled first',
      detail:
        'E-books, games, gift cards and download codes are delivered at once, and Amazon can refund them only while it is early: ask about them first. ' +
        'Items that have already shipped may not be stoppable, but report them too.',
    },

    'secure-reset-password': {
      title: 'Reset your password after Amazon locks the account',
      detail:
        "After your report, Amazon disables the password, reverts the intruder's changes and e-mails you the next steps. " +
        'Wait as long as that e-mail says (a few hours; victims have been told 2 to 5 hours), then choose "Forgot your password?" on the sign-in page ' +
        'and set a new password that you use nowhere else, ideally one made by a password manager.',
    },
    'secure-two-step': {
      title: 'Turn on two-step verification yourself',
      detail:
        'The intruder may have turned on two-step verification with their own phone to lock you out (Amazon removes it once you report the takeover). ' +
        'Then turn it on yourself, with your own phone or an authenticator app, and check that no phone number or app you do not know is listed.',
    },
    'secure-sign-out-everywhere': {
      title: 'Sign out everywhere',
      detail:
        'In Login & security, use the compromised-account option to sign out of every browser, app and device, so that any session the intruder still holds ends. ' +
        'Then sign in again on your own devices.',
    },

    'check-addresses': {
      title: 'Check your addresses',
      detail:
        'Delete any address you do not know, such as a forwarding warehouse, a locker or a hotel. ' +
        'Amazon asks you to re-enter recently added addresses: check each one before you use it again.',
    },
    'check-payment-methods': {
      title: 'Check your payment methods',
      detail:
        'Amazon may erase the stored cards after a takeover; you then re-enter them at your next order. ' +
        'Remove any card or payment method you do not recognise.',
    },
    'check-subscriptions': {
      title: 'Check memberships and subscriptions',
      detail: 'Cancel any membership, channel or subscription you did not start yourself.',
    },
    'check-devices': {
      title: 'Check Content & Devices',
      detail:
        'Deregister any Kindle, Fire tablet, phone app or other device you do not know: an intruder can register their own device ' +
        'and have e-books and apps delivered to it.',
    },
    'check-archived-orders': {
      title: 'Check archived orders',
      detail:
        'Intruders archive their orders to hide them from your order history. ' +
        'Look for orders you did not place there too, and give their numbers to Amazon.',
    },
    'check-balance': {
      title: (c) => (c.japan ? 'Check your gift card balance and points' : 'Check your gift card balance'),
      detail: (c) =>
        c.japan
          ? 'Check that your gift card balance and Amazon points were not spent. ' +
            'What the fraud used is usually credited back as gift card balance a few days after Amazon steps in.'
          : 'Check that your gift card balance was not spent. What the fraud used is usually credited back a few days after Amazon steps in.',
    },
    'check-transactions': {
      title: 'Check Your Payments: Transactions',
      detail:
        'Every charge to your cards is listed here with its order number. Compare it with your card statement ' +
        'and note the date and amount of any charge you do not recognise, for the card company.',
    },

    'card-call-regular-line': {
      title: "Call your card company's regular line",
      detail: (c) =>
        `Call ${callWhom(c)}. The card itself was not stolen, so the loss and theft line may tell you that an account takeover is not a theft case, as one victim was told; ` +
        'the regular line can check, freeze and reissue the card. If your card company has a 24-hour desk for unauthorised use, that is the right place too.' +
        afterHours(c),
    },
    'card-what-to-say': {
      title: 'What to tell the card company',
      detail:
        'Say: "My card details were used without my permission through a hacked shopping account." ' +
        'Give the dates and amounts of the charges you do not recognise (the incident summary lists them).',
    },
    'card-what-to-ask': {
      title: 'What to ask the card company for',
      detail:
        'Ask them to check your recent usage for other unauthorised charges, freeze the card, dispute the unauthorised charges, and reissue the card with a new number. ' +
        'A new card can take about two weeks and may cost a small fee; once it arrives, update it wherever your card is stored.',
    },

    'passwords-change-reused': {
      title: 'Change every reused password',
      detail:
        'Takeovers usually start with a password leaked from another site. Change the password on every site where you used the same ' +
        'or a similar one (even one with only a few letters different), starting with your e-mail account. ' +
        'Use a different password on each site; a password manager makes that easy.',
    },
    'passwords-email-you-read': {
      title: 'Use an e-mail address you read every day',
      detail:
        "Amazon's order e-mails are the earliest warning. If your account uses an address you rarely check, change it in Login & security " +
        'to one you read every day, so that you notice an unknown order within hours, not days.',
    },

    'report-jp-police': {
      title: 'Talk to the police (#9110, cybercrime desks)',
      detail:
        "Call #9110, the police consultation line. To report the crime or get detailed advice, contact your prefecture's cybercrime desk; " +
        'the National Police Agency lists them all. Have the incident summary and your card statement at hand.',
    },
    'report-jp-consumer-hotline': {
      title: 'Call the consumer hotline 188',
      detail: 'If refunds or the card company become difficult, call the consumer hotline 188: it connects you to your local consumer affairs centre.',
    },
    'report-jp-ipa': {
      title: "Ask IPA's security consultation desk",
      detail:
        "If you are unsure how your password leaked or whether your computer or phone is infected, IPA's Information Security Consultation Desk (情報セキュリティ安心相談窓口) can advise you.",
    },
    'report-us-identitytheft': {
      title: 'Report it at IdentityTheft.gov',
      detail: "The FTC's IdentityTheft.gov takes your report and gives you a personal recovery plan, with letters for your card company and others.",
    },
    'report-uk-action-fraud': {
      title: 'Report it to Action Fraud',
      detail:
        "Action Fraud is the UK's national reporting centre for fraud and cybercrime. Your report gets a crime reference number, which your bank or card company may ask for.",
    },
    'report-amazon-scam': {
      title: 'Report the scam to Amazon',
      detail: "Report e-mails, texts or calls that pretended to be Amazon, and orders you did not place, on Amazon's scam-reporting page.",
    },
    'report-police': {
      title: 'Report it to the police',
      detail: 'Report the orders you did not place to your local police, and keep the report number: your card company may ask for it.',
    },
    'report-fake-support': {
      title: 'Beware of fake "Amazon support"',
      detail:
        'Scammers target people who have just been hacked. Trust a call from Amazon only if you requested it on Contact Us yourself. ' +
        'Never tell anyone a password or a verification code, never buy gift cards to "fix" anything, and never install remote-access software because a caller asks. ' +
        'If in doubt, hang up and start again from Contact Us.',
    },
  },

  links: {
    contactUs: (c) => `Contact Us (${c.site})`,
    orders: 'Your Orders',
    archivedOrders: 'Archived orders',
    loginSecurity: 'Login & security',
    twoStep: 'Two-Step Verification settings',
    addresses: 'Your Addresses',
    wallet: 'Your Payments: Wallet',
    transactions: 'Transactions',
    memberships: 'Memberships & Subscriptions',
    devices: 'Content & Devices',
    giftCardBalance: 'Gift card balance',
    reportAScam: (c) => `Report a scam (${c.site})`,
    npaCybercrimeDesks: 'Cybercrime desks by prefecture (National Police Agency)',
    ipaAnshin: 'Information Security Consultation Desk (IPA)',
    identityTheftGov: 'IdentityTheft.gov (FTC)',
    actionFraud: 'Action Fraud',
  },
};
