using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Discovery;

/// <summary>
/// Guesses whether a member holds personal data from its name (split into words), its type and its container, and
/// which <see cref="Category"/> it would be. Rules are data: word sets per category, containers that change the
/// meaning of ambiguous words (a <c>Name</c> on <c>Customer</c> is a person's; on <c>Product</c> it is not), and type
/// shapes that cannot hold the data (a <c>bool</c> <c>HideEmail</c>, a service-typed <c>_passwordResetProvider</c>).
/// Measured on labelled members of real code bases in tests/PiiGuard.Tests/Discovery (docs/discovery.md).
/// </summary>
internal static partial class PiiNameClassifier
{
    // Whole normalised names (words joined, lower case) that are personal data wherever they appear.
    private static readonly Dictionary<string, Category> ExactNames = new(StringComparer.Ordinal)
    {
        ["email"] = Category.Contact, ["emailaddress"] = Category.Contact, ["mail"] = Category.Contact, ["emails"] = Category.Contact,
        ["phone"] = Category.Contact, ["phonenumber"] = Category.Contact, ["mobile"] = Category.Contact, ["mobilenumber"] = Category.Contact,
        ["telephone"] = Category.Contact, ["cellphone"] = Category.Contact, ["cell"] = Category.Contact, ["fax"] = Category.Contact,
        ["contactno"] = Category.Contact, ["contactnumber"] = Category.Contact, ["phoneno"] = Category.Contact,
        ["faxnumber"] = Category.Contact, ["telephonenumber"] = Category.Contact, ["mobilephone"] = Category.Contact, ["emailid"] = Category.Contact,
        ["sms"] = Category.Contact, ["smsnumber"] = Category.Contact, ["smsphone"] = Category.Contact, ["smsphonenumber"] = Category.Contact,
        ["firstname"] = Category.Name, ["lastname"] = Category.Name, ["surname"] = Category.Name, ["givenname"] = Category.Name,
        ["givennames"] = Category.Name, ["familyname"] = Category.Name, ["middlename"] = Category.Name, ["fullname"] = Category.Name,
        ["displayname"] = Category.Name, ["nickname"] = Category.Name, ["maidenname"] = Category.Name, ["firstmidname"] = Category.Name,
        ["verifiedname"] = Category.Name, ["preferredname"] = Category.Name, ["postaladdress"] = Category.Contact,
        ["pidm"] = Category.UniqueId, ["venmo"] = Category.Financial, ["venmoaccount"] = Category.Financial,
        ["venmohandle"] = Category.Financial, ["venmousername"] = Category.Financial, ["cashapp"] = Category.Financial, ["cashtag"] = Category.Financial,
        ["mobilelastfour"] = Category.Contact, ["phonelastfour"] = Category.Contact, ["stripetoken"] = Category.Payment, ["stripecustomerid"] = Category.UniqueId, ["stripeaccountid"] = Category.UniqueId,
        ["dob"] = Category.Demographic, ["dateofbirth"] = Category.Demographic, ["birthdate"] = Category.Demographic, ["birthday"] = Category.Demographic,
        ["gender"] = Category.Demographic, ["sex"] = Category.Demographic, ["age"] = Category.Demographic, ["nationality"] = Category.Demographic,
        ["ethnicity"] = Category.Demographic, ["race"] = Category.Demographic, ["religion"] = Category.Demographic, ["caste"] = Category.Demographic, ["subcaste"] = Category.Demographic,
        ["offense"] = Category.Behavior, ["offence"] = Category.Behavior, ["offenses"] = Category.Behavior, ["offences"] = Category.Behavior,
        ["crime"] = Category.Behavior, ["crimes"] = Category.Behavior, ["maritalstatus"] = Category.Demographic,
        ["socialstatus"] = Category.Demographic, ["civilstatus"] = Category.Demographic,
        ["citizenship"] = Category.Demographic, ["placeofbirth"] = Category.Demographic, ["birthplace"] = Category.Demographic,
        ["countryofbirth"] = Category.Demographic,
        ["patronymic"] = Category.Name, ["fname"] = Category.Name, ["lname"] = Category.Name, ["mname"] = Category.Name,
        ["secondname"] = Category.Name, ["thirdname"] = Category.Name, ["fourthname"] = Category.Name, ["middleinitial"] = Category.Name,
        ["nationalno"] = Category.GovernmentId, ["nationalnumber"] = Category.GovernmentId, ["countryofcitizenship"] = Category.Demographic,
        ["tel"] = Category.Contact, ["telnumber"] = Category.Contact, ["landline"] = Category.Contact,
        ["idproof"] = Category.GovernmentId, ["idcard"] = Category.GovernmentId, ["idcardnumber"] = Category.GovernmentId,
        ["cmnd"] = Category.GovernmentId, ["cnic"] = Category.GovernmentId, ["cpf"] = Category.GovernmentId, ["curp"] = Category.GovernmentId,
        ["dni"] = Category.GovernmentId, ["nif"] = Category.GovernmentId, ["pesel"] = Category.GovernmentId, ["nip"] = Category.GovernmentId, ["aadhaar"] = Category.GovernmentId,
        ["aadhar"] = Category.GovernmentId, ["bsn"] = Category.GovernmentId, ["tfn"] = Category.GovernmentId, ["nric"] = Category.GovernmentId,
        ["hkid"] = Category.GovernmentId, ["iqama"] = Category.GovernmentId, ["bvn"] = Category.GovernmentId, ["nin"] = Category.GovernmentId,
        ["cccd"] = Category.GovernmentId, ["nic"] = Category.GovernmentId, ["nicnumber"] = Category.GovernmentId, ["nicno"] = Category.GovernmentId,
        ["idnumber"] = Category.GovernmentId, ["idnum"] = Category.GovernmentId, ["idno"] = Category.GovernmentId,
        ["identitynumber"] = Category.GovernmentId, ["identificationnumber"] = Category.GovernmentId, ["citizenid"] = Category.GovernmentId,
        ["citizenidnumber"] = Category.GovernmentId, ["citizennumber"] = Category.GovernmentId,
        ["birthyear"] = Category.Demographic, ["yearofbirth"] = Category.Demographic,
        ["streetname"] = Category.Contact, ["streetnumber"] = Category.Contact, ["streetno"] = Category.Contact,
        ["apartment"] = Category.Contact, ["appartment"] = Category.Contact, ["cityname"] = Category.Location, ["townname"] = Category.Location,
        ["cep"] = Category.Contact, ["addressnumber"] = Category.Contact,
        ["imsi"] = Category.UniqueId, ["msisdn"] = Category.Contact,
        ["accountholder"] = Category.Name, ["accountholdername"] = Category.Name, ["gamertag"] = Category.Account,
        ["photos"] = Category.Image, ["frequentflyernumber"] = Category.UniqueId, ["frequentflyerno"] = Category.UniqueId,
        ["dietaryrequirements"] = Category.Health, ["dietaryrestrictions"] = Category.Health, ["dietaryneeds"] = Category.Health,
        ["ssn"] = Category.GovernmentId, ["socialsecuritynumber"] = Category.GovernmentId, ["nationalid"] = Category.GovernmentId, ["taxid"] = Category.GovernmentId,
        ["passportnumber"] = Category.GovernmentId, ["passport"] = Category.GovernmentId, ["driverslicense"] = Category.GovernmentId,
        ["driverlicense"] = Category.GovernmentId, ["insurancenumber"] = Category.GovernmentId, ["documentnumber"] = Category.GovernmentId,
        ["vatnumber"] = Category.GovernmentId, ["taxpayerid"] = Category.GovernmentId, ["taxpayernumber"] = Category.GovernmentId,
        ["taxnumber"] = Category.GovernmentId, ["taxidnumber"] = Category.GovernmentId,
        ["phn"] = Category.GovernmentId, ["personalhealthnumber"] = Category.GovernmentId, ["healthnumber"] = Category.GovernmentId,
        ["healthcardnumber"] = Category.GovernmentId, ["healthinsurancenumber"] = Category.GovernmentId, ["nhsnumber"] = Category.GovernmentId,
        ["medicarenumber"] = Category.GovernmentId, ["medicaidnumber"] = Category.GovernmentId,
        ["nationalinsurancenumber"] = Category.GovernmentId, ["nino"] = Category.GovernmentId, ["nis"] = Category.GovernmentId,
        ["nisnumber"] = Category.GovernmentId, ["trn"] = Category.GovernmentId, ["teacherreferencenumber"] = Category.GovernmentId,
        ["uln"] = Category.GovernmentId, ["uniquelearnernumber"] = Category.GovernmentId,
        ["iban"] = Category.Financial, ["accountnumber"] = Category.Financial, ["bankaccount"] = Category.Financial, ["bankaccountnumber"] = Category.Financial,
        ["salary"] = Category.Financial, ["income"] = Category.Financial, ["creditscore"] = Category.Financial,
        ["checknumber"] = Category.Financial, ["chequenumber"] = Category.Financial, ["checkno"] = Category.Financial, ["chequeno"] = Category.Financial,
        ["grosspay"] = Category.Financial, ["netpay"] = Category.Financial, ["taxwithheld"] = Category.Financial, ["expectedsalary"] = Category.Financial,
        ["cardnumber"] = Category.Payment, ["pan"] = Category.Payment, ["cvv"] = Category.Payment, ["ccv"] = Category.Payment, ["cvc"] = Category.Payment, ["cvv2"] = Category.Payment,
        ["expirymonth"] = Category.Payment, ["expiryyear"] = Category.Payment, ["expmonth"] = Category.Payment, ["expyear"] = Category.Payment,
        ["expirationmonth"] = Category.Payment, ["expirationyear"] = Category.Payment,
        ["last4"] = Category.Payment, ["lastfour"] = Category.Payment, ["lastfourdigits"] = Category.Payment, ["maskedcardnumber"] = Category.Payment,
        ["forename"] = Category.Name, ["forenames"] = Category.Name, ["disability"] = Category.Health,
        ["medicalaid"] = Category.Health, ["medicalaidname"] = Category.Health, ["medicalaidplan"] = Category.Health,
        ["medicalaidnumber"] = Category.UniqueId, ["uprn"] = Category.PreciseLocation, ["geohash"] = Category.PreciseLocation,
        ["devicenumber"] = Category.DeviceId, ["onesignalplayerid"] = Category.DeviceId, ["onesignalid"] = Category.DeviceId,
        ["maidname"] = Category.Name, ["intials"] = Category.Name,
        ["cardno"] = Category.Payment, ["cardlast4"] = Category.Payment, ["cardexp"] = Category.Payment, ["cardexpiry"] = Category.Payment,
        ["cvccode"] = Category.Payment, ["cvvcode"] = Category.Payment, ["paypalid"] = Category.Financial, ["paypalaccount"] = Category.Financial,
        ["password"] = Category.Credentials, ["passwordhash"] = Category.Credentials, ["passwordsalt"] = Category.Credentials, ["pwd"] = Category.Credentials,
        ["apikey"] = Category.Credentials, ["secretkey"] = Category.Credentials, ["accesstoken"] = Category.Credentials, ["refreshtoken"] = Category.Credentials,
        ["twofactorsecret"] = Category.Credentials, ["recoverycodes"] = Category.Credentials, ["recoverycode"] = Category.Credentials,
        ["secret"] = Category.Credentials, ["totp"] = Category.Credentials, ["otp"] = Category.Credentials,
        ["twofactorcode"] = Category.Credentials, ["verificationcode"] = Category.Credentials, ["authenticatorkey"] = Category.Credentials,
        ["securitystamp"] = Category.Credentials, ["passkey"] = Category.Credentials, ["privatekey"] = Category.Credentials, ["userkey"] = Category.Credentials,
        ["jwt"] = Category.Credentials, ["cookie"] = Category.Credentials,
        ["username"] = Category.Account, ["user"] = Category.Account, ["login"] = Category.Account, ["loginname"] = Category.Account, ["userhandle"] = Category.Account, ["loginhint"] = Category.Account,
        ["ip"] = Category.IpAddress, ["ipaddress"] = Category.IpAddress, ["remoteipaddress"] = Category.IpAddress, ["clientip"] = Category.IpAddress,
        ["lastloginip"] = Category.IpAddress, ["signupip"] = Category.IpAddress, ["remoteendpoint"] = Category.IpAddress, ["remoteaddress"] = Category.IpAddress,
        ["clientaddress"] = Category.IpAddress, ["remoteip"] = Category.IpAddress, ["ipaddresses"] = Category.IpAddress,
        ["lat"] = Category.PreciseLocation, ["lng"] = Category.PreciseLocation, ["lon"] = Category.PreciseLocation, ["latitude"] = Category.PreciseLocation,
        ["longitude"] = Category.PreciseLocation, ["coordinates"] = Category.PreciseLocation, ["gpsposition"] = Category.PreciseLocation,
        ["geolocation"] = Category.PreciseLocation, ["currentlocation"] = Category.PreciseLocation, ["currentlatitude"] = Category.PreciseLocation,
        ["currentlongitude"] = Category.PreciseLocation,
        ["timezone"] = Category.Location, ["timezoneid"] = Category.Location, ["city"] = Category.Location, ["town"] = Category.Location,
        ["street"] = Category.Contact, ["streetaddress"] = Category.Contact, ["addressline1"] = Category.Contact, ["addressline2"] = Category.Contact,
        ["addressline3"] = Category.Contact, ["address1"] = Category.Contact, ["address2"] = Category.Contact, ["line1"] = Category.Contact,
        ["street1"] = Category.Contact, ["street2"] = Category.Contact, ["street3"] = Category.Contact,
        ["line2"] = Category.Contact, ["zip"] = Category.Contact, ["zipcode"] = Category.Contact, ["postalcode"] = Category.Contact,
        ["zippostalcode"] = Category.Contact, ["postcode"] = Category.Contact, ["housenumber"] = Category.Contact, ["homeaddress"] = Category.Contact,
        ["homephone"] = Category.Contact, ["billingaddress"] = Category.Contact, ["shippingaddress"] = Category.Contact, ["deliveryaddress"] = Category.Contact,
        ["mailingaddress"] = Category.Contact, ["buildingno"] = Category.Contact, ["buildingnumber"] = Category.Contact,
        ["apartmentnumber"] = Category.Contact, ["apartmentno"] = Category.Contact, ["flatnumber"] = Category.Contact,
        ["emergencycontact"] = Category.Contact, ["nextofkin"] = Category.Contact,
        ["imei"] = Category.DeviceId, ["iccid"] = Category.DeviceId, ["simiccid"] = Category.DeviceId, ["macaddress"] = Category.DeviceId,
        ["mac"] = Category.DeviceId, ["macid"] = Category.DeviceId,
        ["serialnumber"] = Category.DeviceId, ["serial"] = Category.DeviceId, ["vin"] = Category.DeviceId, ["enginenumber"] = Category.DeviceId, ["engineno"] = Category.DeviceId,
        ["chassisnumber"] = Category.DeviceId, ["chassisno"] = Category.DeviceId, ["devicefingerprint"] = Category.DeviceId,
        ["deviceid"] = Category.DeviceId, ["deviceidentifier"] = Category.DeviceId, ["installationid"] = Category.DeviceId, ["pushtoken"] = Category.DeviceId,
        ["advertisingid"] = Category.DeviceId, ["idfa"] = Category.DeviceId,
        ["useragent"] = Category.Device, ["devicename"] = Category.Device,
        ["deceased"] = Category.Health, ["dateofdeath"] = Category.Health, ["born"] = Category.Demographic,
        ["diagnosis"] = Category.Health, ["diagnoses"] = Category.Health, ["allergies"] = Category.Health, ["allergy"] = Category.Health,
        ["medications"] = Category.Health, ["medication"] = Category.Health, ["bloodtype"] = Category.Health, ["disabilitystatus"] = Category.Health,
        ["sickdays"] = Category.Health, ["heartrate"] = Category.Health, ["genotype"] = Category.Health, ["hiv"] = Category.Health, ["hivstatus"] = Category.Health,
        ["profileimage"] = Category.Image, ["npi"] = Category.GovernmentId,
        ["memorableplace"] = Category.Credentials, ["memorableword"] = Category.Credentials, ["memorabledate"] = Category.Credentials,
        ["securityanswer"] = Category.Credentials, ["hintanswer"] = Category.Credentials, ["userprincipalname"] = Category.Account,
        ["initials"] = Category.Name, ["nass"] = Category.GovernmentId,
        ["sentenceyears"] = Category.Behavior, ["sentencemonths"] = Category.Behavior, ["sentencedays"] = Category.Behavior,
        ["sentencelength"] = Category.Behavior, ["firstsentenced"] = Category.Behavior, ["datesentenced"] = Category.Behavior, ["notificationtoken"] = Category.DeviceId,
        ["contraception"] = Category.Health, ["contraceptive"] = Category.Health, ["breastfeeding"] = Category.Health, ["ultrasound"] = Category.Health, ["dosage"] = Category.Health,
        ["drug"] = Category.Health, ["resultvalue"] = Category.Health,
        ["fingerprint"] = Category.Biometric, ["facetemplate"] = Category.Biometric, ["voiceprint"] = Category.Biometric, ["retinascan"] = Category.Biometric,
        ["selfie"] = Category.Biometric,
        ["photo"] = Category.Image, ["avatar"] = Category.Image, ["avatarurl"] = Category.Image, ["profilepicture"] = Category.Image, ["picture"] = Category.Image,
        ["resume"] = Category.Content, ["cv"] = Category.Content, ["cvurl"] = Category.Content,
        ["mrn"] = Category.UniqueId, ["medicalrecordnumber"] = Category.UniqueId, ["employeenumber"] = Category.UniqueId, ["studentid"] = Category.UniqueId,
        ["licenseplate"] = Category.UniqueId, ["licenceplate"] = Category.UniqueId, ["numberplate"] = Category.UniqueId,
        ["vehicleplate"] = Category.UniqueId, ["registrationplate"] = Category.UniqueId, ["platenumber"] = Category.UniqueId,
        ["licenseplatenumber"] = Category.UniqueId, ["licenceplatenumber"] = Category.UniqueId,
        ["twitterhandle"] = Category.Social, ["instagramusername"] = Category.Social, ["facebookid"] = Category.Social, ["linkedinurl"] = Category.Social,
        ["cookieconsent"] = Category.PrivacyPreferences, ["trackingconsent"] = Category.PrivacyPreferences, ["marketingoptin"] = Category.PrivacyPreferences,
        ["donotsell"] = Category.PrivacyPreferences,
        ["geolat"] = Category.PreciseLocation, ["geolng"] = Category.PreciseLocation, ["geolong"] = Category.PreciseLocation,
        ["geolatitude"] = Category.PreciseLocation, ["geolongitude"] = Category.PreciseLocation, ["pincode"] = Category.Contact,
        ["birthname"] = Category.Name, ["deathdate"] = Category.Health, ["watchword"] = Category.Credentials,
        ["passphrase"] = Category.Credentials, ["passcode"] = Category.Credentials, ["passno"] = Category.GovernmentId,
        ["passportno"] = Category.GovernmentId,

        // National identification and tax numbers of persons by their usual abbreviations (not "SIN", "CI": other things in code).
        ["egn"] = Category.GovernmentId, ["cnp"] = Category.GovernmentId, ["oib"] = Category.GovernmentId, ["jmbg"] = Category.GovernmentId,
        ["embg"] = Category.GovernmentId, ["amka"] = Category.GovernmentId, ["afm"] = Category.GovernmentId, ["rut"] = Category.GovernmentId,
        ["rfc"] = Category.GovernmentId, ["nss"] = Category.GovernmentId, ["cuil"] = Category.GovernmentId, ["cuit"] = Category.GovernmentId,
        ["dui"] = Category.GovernmentId, ["nik"] = Category.GovernmentId, ["ktp"] = Category.GovernmentId, ["mykad"] = Category.GovernmentId,
        ["cnh"] = Category.GovernmentId, ["rgnumber"] = Category.GovernmentId, ["cnhnumber"] = Category.GovernmentId, ["itin"] = Category.GovernmentId,
        ["ppsn"] = Category.GovernmentId, ["insee"] = Category.GovernmentId, ["nir"] = Category.GovernmentId, ["uan"] = Category.GovernmentId,
        ["voterid"] = Category.GovernmentId, ["emiratesid"] = Category.GovernmentId, ["civilid"] = Category.GovernmentId, ["nhi"] = Category.GovernmentId,
        ["ird"] = Category.GovernmentId, ["sinnumber"] = Category.GovernmentId, ["cpr"] = Category.GovernmentId, ["cprnumber"] = Category.GovernmentId,
        ["nie"] = Category.GovernmentId, ["tin"] = Category.GovernmentId, ["tinnumber"] = Category.GovernmentId, ["nuit"] = Category.GovernmentId,
        ["cuilnumber"] = Category.GovernmentId, ["dninumber"] = Category.GovernmentId, ["cpfnumber"] = Category.GovernmentId,
        ["ssnumber"] = Category.GovernmentId,

        // A deceased person's date of death, faith, and where they lived and are buried; a person's sex as a code ("PatientSexCode").
        ["dod"] = Category.Health, ["religiousaffiliation"] = Category.Demographic, ["residenceplace"] = Category.Location,
        ["placeofresidence"] = Category.Location, ["buriallocation"] = Category.Location, ["burialplace"] = Category.Location,
        ["placeofburial"] = Category.Location, ["sexcode"] = Category.Demographic, ["gendercode"] = Category.Demographic,

        // India's Aadhaar number and card; a domicile; where a person died; a phone extension.
        ["aadharnumber"] = Category.GovernmentId, ["aadhaarnumber"] = Category.GovernmentId, ["aadharcard"] = Category.GovernmentId,
        ["aadhaarcard"] = Category.GovernmentId, ["aadharno"] = Category.GovernmentId, ["aadhaarno"] = Category.GovernmentId,
        ["domicile"] = Category.Location, ["stateofdomicile"] = Category.Location, ["deathplace"] = Category.Health,
        ["placeofdeath"] = Category.Health, ["extn"] = Category.Contact, ["phoneextension"] = Category.Contact,

        // How a person looks and their state of mind (a missing-person alert: "EyeColor", "PhysicalDescription", "MentalState");
        // when they married.
        ["eyecolor"] = Category.Demographic, ["eyecolour"] = Category.Demographic, ["haircolor"] = Category.Demographic,
        ["haircolour"] = Category.Demographic, ["physicaldescription"] = Category.Content, ["distinguishingmarks"] = Category.Content,
        ["mentalstate"] = Category.Health, ["mentalhealth"] = Category.Health, ["mentalhealthstatus"] = Category.Health,
        ["weddingdate"] = Category.Demographic, ["marriagedate"] = Category.Demographic, ["dateofmarriage"] = Category.Demographic,
        ["divorcedate"] = Category.Demographic, ["dateofdivorce"] = Category.Demographic, ["complexion"] = Category.Demographic,
        ["skincolor"] = Category.Demographic, ["skincolour"] = Category.Demographic, ["skintone"] = Category.Demographic,

        // India's permanent account number as a card ("PanCard"); a bare "Pan" is a payment card's number (above).
        ["pancard"] = Category.GovernmentId, ["pancardno"] = Category.GovernmentId, ["pancardnumber"] = Category.GovernmentId,
        ["pannumber"] = Category.GovernmentId, ["panno"] = Category.GovernmentId,

        // A device's registration or push token singles out the device ("RegisteredDevice.DeviceToken").
        ["devicetoken"] = Category.DeviceId, ["fcmtoken"] = Category.DeviceId, ["apnstoken"] = Category.DeviceId,

        // Vital signs ("VitalSigns.OxygenSaturation", "BloodPressure" is read by the concept "blood").
        ["oxygensaturation"] = Category.Health, ["spo2"] = Category.Health, ["bodytemperature"] = Category.Health,
        ["respiratoryrate"] = Category.Health, ["pulserate"] = Category.Health, ["systolic"] = Category.Health, ["diastolic"] = Category.Health,
        ["governmentplate"] = Category.UniqueId, ["carplate"] = Category.UniqueId,
        ["deviceregistrationkey"] = Category.DeviceId, ["deviceregistrationtoken"] = Category.DeviceId, ["deviceregistrationid"] = Category.DeviceId,
        ["identificationmarks"] = Category.Demographic,

        // The name a person is known by ("JudiciaryPerson.KnownAs"); a person's names in the plural ("MiddleNames").
        ["knownas"] = Category.Name, ["othernames"] = Category.Name, ["contactnum"] = Category.Contact, ["middlenames"] = Category.Name, ["firstnames"] = Category.Name, ["lastnames"] = Category.Name,
    };

    // Container words of code about code: a "MemberName" there names a property, not a club's member.
    private static readonly HashSet<string> CodeMemberContainerWords = new(StringComparer.Ordinal)
    {
        "attribute", "validation", "validator", "expression", "binding", "reflection", "syntax", "symbol", "error", "errors", "exception",
        "context", "mapping", "mapper", "serializer", "converter", "accessor", "descriptor", "metadata", "property", "field", "argument",
        "parameter", "diagnostic", "test", "tests", "fixture", "generator", "analyzer", "rule", "selector", "lambda",
    };

    // Parts of a person's body a tailor or a fitting measures ("Waist", "Inseam", "SleeveLength").
    private static readonly HashSet<string> BodyParts = new(StringComparer.Ordinal)
    {
        "chest", "bust", "waist", "hip", "hips", "neck", "inseam", "shoulder", "shoulders", "sleeve", "arm", "arms", "bicep", "biceps",
        "forearm", "forearms", "wrist", "wrists", "thigh", "thighs", "calf", "calves", "ankle", "ankles", "trouser",
    };

    // Names that look like personal data but are code idioms ([CallerMemberName]).
    private static readonly HashSet<string> NotData = new(StringComparer.Ordinal)
    {
        "callermembername", "callerfilepath", "callerlinenumber", "membername", "providername", "schemename",

        // The ISO code of a phone number's country is a country's, not the number ("PersonalData.PhoneIso").
        "phoneiso", "phonecountryiso", "phoneisocode",
    };

    // Last words that make a name personal data when the words before name a person ("CustomerEmail", "ContactPhone").
    private static readonly Dictionary<string, Category> PersonalSuffixes = new(StringComparer.Ordinal)
    {
        ["email"] = Category.Contact, ["mail"] = Category.Contact, ["phone"] = Category.Contact, ["mobile"] = Category.Contact,
        ["name"] = Category.Name, ["names"] = Category.Name, ["ssn"] = Category.GovernmentId, ["iban"] = Category.Financial,
        ["address"] = Category.Contact, ["zip"] = Category.Contact, ["birthdate"] = Category.Demographic,
        ["latitude"] = Category.PreciseLocation, ["longitude"] = Category.PreciseLocation, ["username"] = Category.Account,
        ["ip"] = Category.IpAddress, ["avatar"] = Category.Image, ["photo"] = Category.Image, ["picture"] = Category.Image,
        ["login"] = Category.Account, ["fax"] = Category.Contact, ["image"] = Category.Image,
    };

    // Words naming a person or a person's role: "<role> name/email/phone" is personal data.
    private static readonly HashSet<string> PersonWords = new(StringComparer.Ordinal)
    {
        "customer", "cust", "user", "recipient", "holder", "cardholder", "account", "owner", "author", "manager", "contact", "guardian",
        "emergency", "sender", "remitter", "requester", "borrower", "teacher", "child", "counterparty", "actor", "invitee", "subscriber", "billing",
        "personal",
        "work", "home", "patient", "employee", "member", "buyer", "seller", "client", "lead", "applicant", "candidate", "doctor", "student", "parent",
        "spouse", "tenant", "beneficiary", "payer", "payee", "delivery", "shipping", "mother", "father", "prescribed",
        "passenger", "agent", "adjuster", "caller", "callee", "traveler", "traveller", "player", "athlete", "landlord", "guest", "attendee",
        "participant", "speaker", "insured", "claimant", "physician", "nurse", "therapist", "pilot", "rider", "courier", "respondent",
        "witness", "victim", "policyholder", "shareholder", "worker", "contractor", "volunteer", "donor", "voter", "citizen", "resident",
        "visitor", "friend", "referrer", "reviewer", "assignee", "approver", "signer", "signatory", "winner", "host", "organizer", "organiser",
        "grantee", "grantor", "commenter", "submitter", "reporter", "receiver", "addressee", "consignee", "creator", "uploader",
        "inviter", "supervisor", "instructor", "staff", "admin", "administrator", "person", "mailing", "registrant", "requestor", "opener",
        "ship", "modifier", "editor", "practitioner", "clinician", "prescriber", "pharmacist", "dentist", "surgeon", "midwife",
        "leader", "tech", "technician", "coach", "trainer", "tutor", "mentor",
        "tourist", "trainee", "pupil", "learner", "renter", "lodger", "occupant", "boarder", "freelancer", "jobseeker", "patron",
        "disputant", "lawyer", "attorney", "solicitor", "barrister", "counsel", "defendant", "plaintiff", "appellant", "litigant",
        "accused", "offender", "inmate", "prisoner", "parolee", "officer", "deceased", "mechanic", "personnel", "physical",
        "orphan", "sponsor", "principal", "assessor", "debtor", "coordinator", "coord", "judge", "judges", "kid", "refugee",
        "pensioner", "interpreter", "translator", "accountant", "cashier", "chief", "bride", "groom", "counsellor", "counselor",
        "superior", "transferee", "transferor", "adviser", "advisor", "roommate", "roomie", "flatmate", "housemate", "guarantor",
        "nominee", "carer", "caretaker", "imam", "priest", "pastor", "rabbi", "vicar", "deacon", "enquirer", "inquirer", "relative",
        "relatives", "sibling", "husband", "wife", "cousin", "uncle", "aunt", "grandparent",
        "musician", "singer", "performer", "caregiver", "kin", "inspector", "broker", "dispatcher", "consignor", "consignatary",
        "bully", "suspect", "perpetrator", "culprit", "sitter", "babysitter", "nanny", "reviewee", "appraisee", "mentee", "interviewee",
        "farmer", "farmers", "facilitator", "pandit", "bhakta", "devotee", "devotees", "bidder", "diver", "walker", "finder", "writer",
    };

    // Person roles that, as the whole name of a text member, hold that person's name ("OrgInfo.Teacher: string").
    private static readonly HashSet<string> RoleNames = new(StringComparer.Ordinal)
    {
        "teacher", "instructor", "leader", "coach", "trainer", "tutor", "mentor", "supervisor", "manager", "assignee", "reviewer",
        "approver", "requester", "requestor", "technician", "doctor", "physician", "nurse", "therapist", "dentist",
        "owner", "passenger", "guest", "tourist", "traveler", "traveller", "holder", "midwife", "borrower",
        "father", "mother", "spouse", "husband", "wife", "officer", "lawyer", "attorney", "solicitor", "counsel", "obstetrician", "payee", "coordinator",
        "counsellor", "counselor", "facilitator", "pandit", "speaker", "evaluator",
        "gynaecologist", "gynecologist", "paediatrician", "pediatrician",
    };

    // Heads of a two-word role held as text ("JJDispute.EnforcementOfficer: string", "AssignedDoctor"): the person's name.
    // Owners, holders and managers are left out: a data owner or an account manager is often a team or a key.
    private static readonly HashSet<string> TextRoleHeads = new(StringComparer.Ordinal)
    {
        "officer", "doctor", "physician", "nurse", "teacher", "instructor", "tutor", "coach", "trainer", "therapist", "dentist",
        "lawyer", "attorney", "solicitor", "counsel", "father", "mother", "spouse", "technician", "supervisor", "approver", "evaluator",
    };

    // Glued name words that are a person's name after any word ("DisputantSurname", "LawyerGivenName").
    private static readonly HashSet<string> GluedNameWords = new(StringComparer.Ordinal)
    {
        "surname", "surnames", "firstname", "lastname", "givenname", "givennames", "middlename", "forename", "forenames", "familyname",
        "maidenname", "middlenames", "firstnames", "lastnames",
    };

    // Words before Name that make it the name of a screen or code element ("callerFormName", "PageName").
    private static readonly HashSet<string> ScreenWords = new(StringComparer.Ordinal)
    {
        "form", "page", "view", "screen", "controller", "action", "window", "dialog", "tab", "button", "module", "assembly", "namespace",
        "function", "step", "section",
    };

    // People who describe themselves to others in a marketplace or a directory: their description is their text.
    private static readonly HashSet<string> SelfDescribedKinds = new(StringComparer.Ordinal)
    {
        "mentor", "mentors", "tutor", "tutors", "tenant", "tenants", "babysitter", "babysiter", "sitter", "nanny", "caregiver", "freelancer",
        "applicant", "candidate", "trainer", "coach", "volunteer", "doctor", "therapist", "teacher", "instructor", "speaker", "member",
        "roommate", "roomie", "flatmate", "housemate",
    };

    // Kinds of containers of what one person books or receives: their bare name, address and district are that person's.
    private static readonly HashSet<string> BookingKinds = new(StringComparer.Ordinal)
    {
        "appointment", "appointments", "booking", "bookings", "reservation", "reservations", "vaccination", "vaccinations",
        "donation", "donations", "pledge", "pledges",
    };

    // Documents that identify a person: their number, issue date and place, expiry and scans are the document
    // ("DriverLicenseId", "CccdIssuePlace", "PassportExpiryDate", "CccdFrontUrl").
    private static readonly string[][] IdentityDocuments =
    {
        new[] { "passport" }, new[] { "cccd" }, new[] { "cmnd" }, new[] { "cnic" }, new[] { "nic" }, new[] { "citizen" },
        new[] { "driver", "license" }, new[] { "drivers", "license" }, new[] { "driver", "licence" }, new[] { "drivers", "licence" },
        new[] { "driving", "license" }, new[] { "driving", "licence" }, new[] { "identity", "card" }, new[] { "id", "card" },
        new[] { "national", "id" }, new[] { "residence", "permit" }, new[] { "visa" }, new[] { "identification" },
        new[] { "citizenship" },
    };

    // What follows a document's name when the member is the document, or part of it.
    private static readonly HashSet<string> IdentityDocumentParts = new(StringComparer.Ordinal)
    {
        "id", "number", "no", "num", "issuedate", "issueddate", "dateofissue", "issueplace", "placeofissue", "issuedby", "issuedplace",
        "expirydate", "expirationdate", "dateofexpiry", "expiry", "expiration", "validuntil", "front", "back", "fronturl", "backurl", "frontimage",
        "backimage", "image", "imageurl", "photo", "scan", "copy", "url",
    };

    // Words of a container of a person's medication or prescription: its note, dose and frequency are health data.
    private static readonly HashSet<string> MedicationWords = new(StringComparer.Ordinal)
    {
        "prescription", "prescriptions", "medication", "medications", "treatment", "treatments", "dose", "doses",
    };

    // Kinds of containers that are infrastructure whatever words qualify them ("ClientConfigEmailProviderIncomingServer").
    private static readonly HashSet<string> InfrastructureKinds = new(StringComparer.Ordinal)
    {
        "server", "servers", "gateway", "proxy", "endpoint", "smtp", "database", "connection", "cluster", "node", "bucket", "queue",
        "backend", "webhook",

        // Machines a business runs or lends ("Computer.IPAddress" of an internet café's PC): their addresses are not a person's.
        "computer", "computers", "machine", "machines", "pc", "pcs", "workstation", "workstations",
    };

    // Last words of a column that refers to another row when the member is a number ("UserNum", "EmailHostingFK", "UserKey").
    private static readonly HashSet<string> KeyColumnWords = new(StringComparer.Ordinal) { "fk", "key", "keys", "num", "ref", "no", "nr" };

    // Formats and kinds of a message's text: "<format> content|text|body" of a message is the text ("HtmlContent", "QuestionText").
    private static readonly HashSet<string> TextFormWords = new(StringComparer.Ordinal)
    {
        "html", "plain", "rich", "raw", "markdown", "formatted", "rendered", "original", "full", "question", "answer",
    };

    // What a person writes or is written about: "<role> feedback|note|comment" is content ("CandidateFeedback").
    private static readonly HashSet<string> WrittenWords = new(StringComparer.Ordinal)
    {
        "feedback", "note", "notes", "comment", "comments", "remark", "remarks", "obs", "observation", "observations", "description",
    };

    // Roles of an address rather than of a person: personal on a person or an order, not on a thing.
    private static readonly HashSet<string> AddressRoles = new(StringComparer.Ordinal)
    {
        "billing", "shipping", "delivery", "home", "work", "mailing", "postal", "personal", "contact", "emergency", "ship", "physical",
    };

    // Containers whose Name/Email/Phone/Address are a person's.
    private static readonly HashSet<string> PersonContainers = new(StringComparer.Ordinal)
    {
        "customer", "user", "person", "patient", "employee", "candidate", "contact", "doctor", "driver", "student", "member", "client", "account",
        "profile", "applicant", "guardian", "dependent", "subscriber", "shopper", "buyer", "passenger", "guest", "visitor", "lead", "teacher",
        "nurse", "installer", "agent", "recipient", "beneficiary", "instructor", "volunteer", "attendee", "requester", "cardholder", "individual",
        "staff", "owner", "author", "payer", "signer", "registrant", "authentication", "registration", "register", "signup", "speaker",
        "login", "signin", "logon", "participant", "admin", "administrator", "teammate", "patron", "borrower", "donor", "receiver",
        "sender", "consignee", "addressee", "judge", "kid", "refugee", "pensioner", "interpreter", "translator",
        "tourist", "traveler", "traveller", "trainee", "trainer", "coach", "tutor", "mentor", "athlete", "renter", "lodger", "occupant",
        "boarder", "resident", "pupil", "learner", "claimant", "insured", "policyholder", "worker", "contractor", "freelancer", "jobseeker",
        "invitee", "witness", "victim", "defendant", "plaintiff", "heir", "physician", "therapist", "dentist", "practitioner",
        "disputant", "lawyer", "attorney", "solicitor", "barrister", "appellant", "litigant", "accused", "offender", "inmate", "prisoner",
        "parolee", "courier", "citizen", "player", "voter", "logup", "deceased", "mechanic", "personnel", "orphan", "orphans",
        "sponsor", "couple", "roommate", "roomie", "flatmate", "housemate", "musician", "musicians", "singer", "performer",
        "guarantor", "guarantors", "caregiver", "caregivers", "carer", "carers", "caretaker", "nominee", "spouse",
        "sitter", "sitters", "babysitter", "nanny", "inspector", "inspectors", "broker", "brokers", "mother", "father",
        "diver", "divers", "priest", "walker", "walkers", "bidder", "bidders", "talent", "talents",
    };

    // Animals are not data subjects: an animal's name, age, sex, health and photo are not a person's (they are also things).
    private static readonly HashSet<string> AnimalWords = new(StringComparer.Ordinal)
    {
        "animal", "animals", "pet", "pets", "breed", "breeds", "species", "livestock", "cattle", "cow", "cows", "herd", "herds", "horse",
        "horses", "sheep", "goat", "goats", "poultry", "dog", "dogs", "cat", "cats", "puppy", "puppies", "kitten", "kittens",
    };

    // Containers that describe things: their bare Name/Address/Email/Phone/Location are not a person's. Animals are things too
    // (added below from AnimalWords).
    private static readonly HashSet<string> ThingContainers = new(AnimalWords, StringComparer.Ordinal)
    {
        "product", "category", "organization", "organisation", "company", "tenant", "store", "hospital", "warehouse", "course", "team",
        "department", "event", "file", "template", "brand", "coupon", "hotel", "branch", "vendor", "supplier", "merchant",
        "shop", "venue", "site", "campaign", "library", "collection", "playlist", "folder", "country", "currency", "language", "rate", "menu",
        "page", "blog", "news", "widget", "scope", "resource", "business", "facility", "pharmacy", "restaurant", "school", "airport", "bank",
        "item", "catalog", "region", "zone", "rule", "plan", "feature", "route", "channel", "topic", "location", "place", "building",
        "room", "office", "group", "groups", "po", "purchase", "receipt", "requisition", "quotation", "rfq",
        "city", "town", "shipper", "carrier", "manufacturer", "distributor", "dealer", "dealers", "agency", "institution", "university", "club",
        "centre", "center", "establishment", "academy", "council", "authority", "institute", "ministry", "municipality",
        "video", "videos", "clip", "clips", "song", "songs", "movie", "movies", "game", "games",

        // Businesses people visit and the schedules of events: a salon's coordinates, an agenda's time zone are theirs.
        "salon", "salons", "clinic", "clinics", "studio", "spa", "gym", "cafe", "bakery", "garage", "dealership", "barbershop",
        "parlour", "parlor", "agenda", "timetable",
        "destination", "destinations", "attraction", "landmark", "station", "terminal", "resort",
        "property", "properties", "listing", "listings", "premises", "realestate",
    };

    // Kinds of a person's things: a container whose last word (its kind) is one of these, or a thing container, is that
    // thing even when person words qualify it ("GetPersonResponseInitialTeacherTrainingProvider", "UserPropertyCategory").
    private static readonly HashSet<string> PersonPartKinds = new(StringComparer.Ordinal)
    {
        "subject", "subjects", "provider", "providers", "type", "qualification", "qualifications", "specialism", "programme", "program",
        "degree", "assets", "balance", "balances", "holdings", "skill", "skills",
    };

    // Thing containers that are places or screens: a person's location and profile page stay the person's
    // ("UserLocation.Latitude", "ProfilePageViewModel.Hash").
    private static readonly HashSet<string> PlaceKinds = new(StringComparer.Ordinal)
    {
        "location", "place", "region", "zone", "city", "town", "country", "page", "widget", "menu", "item", "destination",
    };

    // Roles of a call or a message: "<role> number" is their phone number ("CallerNumber"); a patient's or a member's number
    // is their registration number.
    private static readonly HashSet<string> CallRoles = new(StringComparer.Ordinal)
    {
        "caller", "callee", "sender", "recipient", "receiver", "addressee", "contact", "emergency", "home", "work", "personal", "mobile",
        "cell", "phone", "office", "fax", "whatsapp", "sms", "kin",
    };

    // Person words that schema generators glue to the concept in lower case ("era_contactfirstname", "contactemail"): the glued
    // word is split at them when the rest is a known name or concept word.
    private static readonly string[] GluedRoles =
    {
        "contact", "customer", "client", "patient", "employee", "member", "student", "applicant", "candidate", "person", "owner",
        "guardian", "parent", "emergency", "primary", "billing", "shipping", "home", "mailing",
    };

    // Words naming an organisation: an account they qualify is the organisation's ("BusinessAccount").
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "business", "company", "corporate", "organization", "organisation", "merchant", "vendor", "supplier",

        // A home or a place offered to others has a profile of its own ("HouseProfileDto.Address" of a house-sitting listing).
        "house", "property", "venue", "store", "shop", "restaurant", "hotel",
    };

    // Words of a container of a person's credit score ("CraPartnerInsightsBaseFicoScore"): its score and reason codes are
    // the person's credit data.
    private static bool IsCreditScoreWords(List<string> words) =>
        words.Contains("fico") || words.Contains("credit") && words.Any(w => w is "score" or "scores" or "report" or "rating");

    // Words of a container of a respondent's recorded answers ("InterviewMultiOptionQuestion"): its Answer is theirs.
    private static readonly HashSet<string> InterviewWords = new(StringComparer.Ordinal) { "interview", "interviews", "survey", "questionnaire" };

    // Words of a container a person signs ("DisclaimerModel", "ConsentForm"): its text Signature is the signer's typed name.
    private static readonly HashSet<string> SignedFormWords = new(StringComparer.Ordinal)
    {
        "disclaimer", "consent", "agreement", "declaration", "attestation", "waiver", "acknowledgement", "acknowledgment",
    };

    // Containers that describe infrastructure: their IP address, host, user name, password and secrets are a service's.
    private static readonly HashSet<string> InfrastructureContainers = new(StringComparer.Ordinal)
    {
        "server", "gateway", "config", "configuration", "options", "settings", "setting", "smtp", "webhook", "proxy", "database", "connection",
        "endpoint", "network", "interface", "cluster", "node", "storage", "bucket", "queue", "backend", "apiclient", "merchant", "integration",
        "webservice", "webservices",
    };

    // Words that only say "settings": a container named by them and by a person's preference words is that person's.
    private static readonly HashSet<string> GenericSettingsWords = new(StringComparer.Ordinal)
    {
        "settings", "setting", "options", "config", "configuration", "preferences", "preference",
    };

    // What a person chooses about being contacted: "NotificationSettings", "PrivacySettings", "CommunicationPreferences".
    private static readonly HashSet<string> PersonalSettingsWords = new(StringComparer.Ordinal)
    {
        "notification", "notifications", "privacy", "communication", "communications", "contact", "subscription", "subscriptions",
        "newsletter", "reminder", "reminders", "alert", "alerts", "consent",
    };

    // "FingerPrint" and "ContraIndications" split in two words.
    private static readonly string[] FingerPrintWords = { "finger", "print" };
    private static readonly string[] ContraIndicationWords = { "contra", "indications" };
    private static readonly string[] ContactUsWords = { "contact", "us" };
    private static readonly string[] ApplicationFormWords = { "application", "form" };

    // Containers of a clinical result: their generic Report/Result is health data ("LaboratoryReport.Report").
    private static readonly HashSet<string> ClinicalResultWords = new(StringComparer.Ordinal)
    {
        "laboratory", "lab", "pathology", "radiology", "diagnostic", "diagnostics", "clinical", "medical",
    };

    // Last words of a container of statistics: one person's statistics are their behaviour ("UserDailyChallengeStatistics").
    private static readonly HashSet<string> StatisticsWords = new(StringComparer.Ordinal) { "statistics", "stats", "statistic" };

    // Words before "Code" that make it a one-time code sent to a person ("SmsVerificationCode", "ResetCode").
    private static readonly HashSet<string> OneTimeCodeWords = new(StringComparer.Ordinal)
    {
        "verification", "verify", "reset", "recovery", "otp", "totp", "mfa", "twofactor", "2fa", "login", "signin", "sms",
    };

    // Plural last words of classes of named constants ("GrantTypes", "ClaimTypes", "UserRoles").
    private static readonly HashSet<string> ConstantContainers = new(StringComparer.Ordinal)
    {
        "types", "kinds", "constants", "names", "keys", "defaults", "roles", "policies", "permissions", "scopes", "claims", "values",
        "consts",
    };

    // Containers whose members describe a payment card ("SourceCard.Name" is the cardholder's).
    private static readonly HashSet<string> CardContainers = new(StringComparer.Ordinal) { "card", "cards", "creditcard", "paymentcard" };

    // Containers whose members describe a person's device ("Device.Name", "DeviceInfo.Identifier").
    private static readonly HashSet<string> DeviceContainers = new(StringComparer.Ordinal) { "device", "devices" };

    // Kinds of containers whose Message/Text is written by the code, not by a person ("…MemberRule.Message", "…Exception.Message").
    private static readonly HashSet<string> CodeMessageKinds = new(StringComparer.Ordinal)
    {
        "rule", "exception", "error", "validator", "validation", "policy", "specification", "result", "status", "notification", "template",
    };

    // Containers of an e-mail or a message: their From/To/Cc are addresses, their Subject is content.
    private static readonly HashSet<string> MailContainers = new(StringComparer.Ordinal) { "email", "mail", "message", "envelope" };

    // Header members of a mail or message container that hold an address.
    private static readonly HashSet<string> MailAddressMembers = new(StringComparer.Ordinal) { "from", "to", "cc", "bcc", "replyto", "sender", "recipient" };

    // Words naming a picture: "<picture word> url|uri|path" on a person is that person's image ("Member.IconUrl").
    private static readonly HashSet<string> PictureWords = new(StringComparer.Ordinal)
    {
        "icon", "photo", "picture", "image", "avatar", "portrait", "headshot", "thumbnail", "pic", "img",
    };

    // Social networks: "<network> id|username|handle|url" is a person's account there ("DiscordId", "TwitterHandle").
    private static readonly HashSet<string> SocialNetworks = new(StringComparer.Ordinal)
    {
        "discord", "twitter", "facebook", "instagram", "linkedin", "github", "telegram", "skype", "whatsapp", "tiktok", "mastodon",
        "youtube", "snapchat", "reddit", "twitch", "x", "google",

        // Gaming networks: a player's account there ("SteamId", "XboxGamertag").
        "steam", "xbox", "psn",
    };

    // Last words of a social-network name that hold the account ("DiscordId", "GithubUsername", "TwitterUrl").
    private static readonly HashSet<string> SocialAccountWords = new(StringComparer.Ordinal)
    {
        "id", "username", "handle", "url", "uri", "profile", "link", "account", "user", "name", "address",
    };

    // Activities a person tracks about themselves: the measures logged for them are their behaviour.
    private static readonly HashSet<string> TrackedActivityWords = new(StringComparer.Ordinal)
    {
        "meditation", "meditations", "sunlight", "hydration", "intake", "intakes", "exercise", "exercises", "workout", "workouts", "activity",
        "activities", "steps", "walk", "walks", "run", "runs", "jog", "jogging", "cycling", "swim", "swimming",
    };

    // Containers holding a person's message: their Text/Body/Note is user content.
    private static readonly HashSet<string> ContentContainers = new(StringComparer.Ordinal)
    {
        "message", "ticket", "review", "comment", "post", "note", "reply", "feedback", "chat", "conversation", "inquiry", "enquiry", "complaint",
        "support", "topic", "commit", "remark", "remarks", "contact", "kudo", "kudos",
    };

    // The same in the plural ("ArticleComments.Comment", "ChatMessages.Text"), unless the container is code about code
    // ("CommentsObjectDescriptor" of a YAML writer).
    private static readonly HashSet<string> PluralContentContainers = new(StringComparer.Ordinal)
    {
        "comments", "replies", "reviews", "messages", "posts",
    };

    // Kinds of containers whose generic text members (Summary, Preview, Html, Source) are what a person wrote: a post, a
    // note, a comment, a content object of a post ("Post.Summary", "Content.Html"); a news post or a policy is a thing's.
    private static readonly HashSet<string> AuthoredTextKinds = new(StringComparer.Ordinal)
    {
        "post", "posts", "content", "contents", "note", "notes", "comment", "comments", "reply", "replies", "remark", "remarks", "review",
    };

    // Generic members of an authored text that hold the text itself, in another form.
    private static readonly HashSet<string> AuthoredTextMembers = new(StringComparer.Ordinal)
    {
        "summary", "preview", "html", "source", "excerpt", "snippet", "markdown", "plaintext", "rendered",
    };

    // Words of a container holding a person's photograph: its Url/Path is the person's image ("Photo.Url",
    // "PhotoForApprovalDto.Url"); a product's photo is a thing's.
    private static readonly HashSet<string> PersonPhotoWords = new(StringComparer.Ordinal)
    {
        "photo", "photos", "avatar", "avatars", "portrait", "headshot", "selfie",
    };

    // Words of a container naming a person's own profile: its Description is what the person wrote about themselves.
    private static readonly HashSet<string> ProfileWords = new(StringComparer.Ordinal)
    {
        "member", "profile", "user", "person", "speaker", "candidate", "applicant", "volunteer",
    };

    // Words of a container of a learner's education record: marks, grades and attendance are behaviour.
    private static readonly HashSet<string> EducationRecordWords = new(StringComparer.Ordinal)
    {
        "student", "students", "pupil", "pupils", "learner", "learners", "enrollment", "enrolment", "enrollments", "enrolments",
        "attendance", "transcript", "candidate", "candidates", "examinee", "examinees",
    };

    // Last words of a learner's results and presence ("StudentGrade.Mark", "Enrollment.FinalGrade", "Attendance.AttendanceStatus").
    private static readonly HashSet<string> EducationRecordMembers = new(StringComparer.Ordinal)
    {
        "mark", "marks", "grade", "grades", "attendance", "score", "scores", "absences", "absent", "present", "units", "earned",
    };

    // Words of a container that only carries a sign-in token: its generic Token authenticates the person ("TokenResponse.Token",
    // "LoginResult.Token"); a captcha's, a licence's or a page token is not.
    private static readonly HashSet<string> AuthTokenContainerWords = new(StringComparer.Ordinal)
    {
        "token", "tokens", "auth", "authentication", "login", "signin", "logon", "jwt", "access", "bearer", "session",
        "authorization", "header", "headers",

        // What issues a person's token ("GenerateTokenResponse.Token", "RefreshTokenResult").
        "generate", "issue", "refresh", "renew",

        // A list of signed-out tokens keeps the tokens ("BlackListToken.Token", "RevokedToken").
        "black", "list", "blacklist", "blacklisted", "revoked", "invalidated", "deny", "denylist", "denied",
    };

    // Containers of one-time codes and second factors: their Code/Key/Secret is a credential.
    private static readonly HashSet<string> SecondFactorWords = new(StringComparer.Ordinal)
    {
        "twofactor", "mfa", "otp", "totp", "authenticator", "recovery", "reset", "verify", "verification", "2fa",
    };

    // Last words that make a name metadata about data rather than the data ("EmailTemplateId", "FileName", "PasswordResetProvider").
    private static readonly HashSet<string> MetadataSuffixes = new(StringComparer.Ordinal)
    {
        "id", "ids", "count", "template", "type", "format", "enabled", "length", "hash", "status", "code", "url", "uri", "path", "key", "version",
        "at", "on", "date", "time", "size", "flag", "verified", "confirmed", "index", "level", "kind", "mode", "range", "prefix", "suffix",
        "check", "result", "provider", "service", "manager", "handler", "factory", "policy", "validator", "options", "settings", "requirement",
        "requirements", "rule", "rules", "strategy", "generator", "hasher", "lifetime", "expiration", "interval", "timeout", "algorithm",
        "algorithms", "strength", "allowed", "required", "visible", "label", "field", "column", "claim", "claims", "scope", "scopes", "hint",
        "placeholder", "regex", "pattern", "mask", "attempts", "message", "error", "errors", "title", "text", "description", "header",
        "screened", "validated", "changed", "updated", "sent", "requested", "removed", "added", "disabled", "seq", "sequence",
    };

    // Words before Name that make it a thing's name.
    private static readonly HashSet<string> ThingNameWords = new(StringComparer.Ordinal)
    {
        "file", "template", "product", "category", "company", "brand", "pharmacy", "school", "merchant", "host", "server", "route", "display", "type",
        "class", "method", "property", "field", "table", "column", "event", "queue", "topic", "bucket", "store", "team", "project", "app", "service",
        "interface", "local", "bind", "listen", "gateway", "proxy", "dns", "subnet", "network", "lan", "wan", "published", "known", "smtp", "bank",
        "vendor", "supplier", "organization", "organisation", "collection", "search", "sort", "item", "folder", "device", "database", "db",
        "system", "friendly", "domain", "job", "task", "scheme", "plan", "campaign", "course", "department", "country", "currency", "state",
        "role", "permission", "org",
    };

    // Every person word a lower-case name may be glued from, longest first ("teachername" → teacher, name); a word that also
    // names a thing ("hostname") is not split. Declared after the sets it reads (static fields initialise in order).
    private static readonly string[] GluedPersonWords = GluedRoles.Concat(PersonWords).Distinct().Where(w => w.Length >= 3 && !ThingNameWords.Contains(w))
        .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();

    // Address parts that are coarse location of a person only inside an address or a person ("Address.State").
    private static readonly HashSet<string> AddressRegionWords = new(StringComparer.Ordinal)
    {
        "state", "statecode", "province", "stateorprovince", "region", "county", "district", "regionname", "statename",
        "provincename", "countyname", "neighborhood", "neighbourhood", "suburb", "locality", "uf", "parish", "metro",
        "citytown", "towncity", "stateparish", "parishstate",
    };

    // Words that qualify a concept without changing it: "LastIp", "HashedPassword", "AnnualIncome", "WeightKg".
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "last", "current", "primary", "secondary", "hashed", "encrypted", "annual", "monthly", "yearly", "average", "avg", "resting",
        "old", "new", "previous", "default", "main", "alt", "alternate", "other", "original", "verified", "raw", "normalized", "normalised",
        "entered", "dynamic", "masked", "confirm", "protected", "official", "preferred", "legal", "has", "recent", "your", "valid",
        "foreign", "latin", "native", "romanized", "romanised", "transliterated", "international",
    };

    // Units and wrapper words behind the concept: "WeightKg", "PhoneNo", FHIR's "_NameElement", Adyen's "_CvcOption".
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "kg", "g", "lbs", "lb", "cm", "mm", "m", "in", "ft", "bpm", "no", "nr", "num", "element", "option", "value", "short", "full", "vm", "cd",

        // The language of a bilingual field ("FirstNameHeb", "DisplayNameEng", "NameAr").
        "en", "eng", "heb", "he", "ar", "arb", "fr", "de", "es", "ru", "ua", "zh", "jp", "tr", "fa", "pl",
    };

    // Words that suffix model types and say nothing about their content ("CustomerDto", "LoginViewModel").
    private static readonly HashSet<string> ModelSuffixes = new(StringComparer.Ordinal)
    {
        "dto", "model", "view", "vm", "entity", "request", "response", "result", "command", "query", "input", "output", "data", "info",
        "details", "args", "base", "json",
    };

    // Auth words that make a token a credential ("SessionToken", "SigninToken").
    private static readonly HashSet<string> TokenWords = new(StringComparer.Ordinal)
    {
        "access", "refresh", "session", "auth", "bearer", "signin", "login", "reset", "id", "identity", "remember", "verification",
        "confirmation", "api", "authorization", "sign", "in", "authentication",
    };

    // Concepts recognised anywhere in a name, as runs of words ("CreditCardNumber", "RestingHeartRate").
    private static readonly (string[] Words, Category Category)[] Concepts =
    {
        (new[] { "password" }, Category.Credentials), (new[] { "passwd" }, Category.Credentials), (new[] { "username" }, Category.Account),
        (new[] { "passport" }, Category.GovernmentId), (new[] { "ssn" }, Category.GovernmentId),
        (new[] { "national", "id" }, Category.GovernmentId),
        (new[] { "birth", "certificate" }, Category.GovernmentId), (new[] { "identity", "card" }, Category.GovernmentId),
        (new[] { "id", "card" }, Category.GovernmentId), (new[] { "id", "proof" }, Category.GovernmentId),
        (new[] { "identity", "proof" }, Category.GovernmentId), (new[] { "identity", "document" }, Category.GovernmentId),
        (new[] { "residence", "permit" }, Category.GovernmentId), (new[] { "visa", "number" }, Category.GovernmentId),
        (new[] { "health", "information" }, Category.Health), (new[] { "health", "info" }, Category.Health),
        (new[] { "health", "history" }, Category.Health), (new[] { "health", "conditions" }, Category.Health),
        (new[] { "health", "condition" }, Category.Health), (new[] { "health", "issues" }, Category.Health),
        (new[] { "health", "notes" }, Category.Health), (new[] { "medical", "history" }, Category.Health),
        (new[] { "birth", "control" }, Category.Health), (new[] { "drug", "allergy" }, Category.Health),
        (new[] { "drug", "allergies" }, Category.Health), (new[] { "food", "allergy" }, Category.Health),
        (new[] { "medication", "allergy" }, Category.Health), (new[] { "medication", "allergies" }, Category.Health),
        (new[] { "breast", "feeding" }, Category.Health), (new[] { "sexual", "health" }, Category.Health),
        (new[] { "emotional", "wellbeing" }, Category.Health), (new[] { "mental", "wellbeing" }, Category.Health),
        (new[] { "side", "effects" }, Category.Health), (new[] { "circumference" }, Category.Health), (new[] { "muscle", "mass" }, Category.Health),
        (new[] { "bone", "mineral" }, Category.Health), (new[] { "body", "fat" }, Category.Health),
        (new[] { "medical", "conditions" }, Category.Health), (new[] { "medical", "condition" }, Category.Health),
        (new[] { "medical", "information" }, Category.Health), (new[] { "medical", "info" }, Category.Health),
        (new[] { "medical", "notes" }, Category.Health), (new[] { "tax", "id" }, Category.GovernmentId), (new[] { "taxid" }, Category.GovernmentId),
        (new[] { "iban" }, Category.Financial), (new[] { "income" }, Category.Financial), (new[] { "salary" }, Category.Financial),
        (new[] { "basic", "pay" }, Category.Financial), (new[] { "gross", "pay" }, Category.Financial), (new[] { "net", "pay" }, Category.Financial),
        (new[] { "remuneration" }, Category.Financial), (new[] { "religion" }, Category.Demographic),
        (new[] { "age", "of", "marriage" }, Category.Demographic), (new[] { "domicile" }, Category.Location), (new[] { "paystub" }, Category.Financial), (new[] { "pay", "stub" }, Category.Financial),
        (new[] { "bank", "statement" }, Category.Financial),
        (new[] { "fico" }, Category.Financial), (new[] { "credit", "score" }, Category.Financial),
        (new[] { "credit", "card" }, Category.Payment), (new[] { "debit", "card" }, Category.Payment), (new[] { "card", "number" }, Category.Payment),
        (new[] { "heart", "rate" }, Category.Health), (new[] { "blood" }, Category.Health), (new[] { "diagnosis" }, Category.Health),
        (new[] { "birth", "date" }, Category.Demographic), (new[] { "date", "of", "birth" }, Category.Demographic), (new[] { "dob" }, Category.Demographic),
        (new[] { "zip" }, Category.Contact), (new[] { "postcode" }, Category.Contact), (new[] { "postal", "code" }, Category.Contact),
        (new[] { "address", "line1" }, Category.Contact), (new[] { "house", "number" }, Category.Contact), (new[] { "address", "line2" }, Category.Contact),
        (new[] { "latitude" }, Category.PreciseLocation), (new[] { "longitude" }, Category.PreciseLocation), (new[] { "gps" }, Category.PreciseLocation),
        (new[] { "ip" }, Category.IpAddress), (new[] { "ip", "address" }, Category.IpAddress),
        (new[] { "email" }, Category.Contact), (new[] { "phone" }, Category.Contact), (new[] { "telephone" }, Category.Contact),
        (new[] { "accessibility", "needs" }, Category.Health), (new[] { "access", "needs" }, Category.Health),
        (new[] { "special", "needs" }, Category.Health), (new[] { "disability" }, Category.Health),
        (new[] { "mental", "disorder" }, Category.Health), (new[] { "disorder" }, Category.Health), (new[] { "disorders" }, Category.Health),
        (new[] { "account", "number" }, Category.Financial), (new[] { "bank", "account" }, Category.Financial),
        (new[] { "user", "key" }, Category.Credentials), (new[] { "private", "key" }, Category.Credentials),
        (new[] { "device", "id" }, Category.DeviceId), (new[] { "device", "name" }, Category.Device), (new[] { "user", "agent" }, Category.Device),
        (new[] { "birthdate" }, Category.Demographic), (new[] { "dateofbirth" }, Category.Demographic), (new[] { "birthday" }, Category.Demographic),
        (new[] { "health", "insurance" }, Category.Health), (new[] { "asleep" }, Category.Health), (new[] { "time", "in", "bed" }, Category.Health),
        (new[] { "body", "fat" }, Category.Health), (new[] { "bmi" }, Category.Health),
        (new[] { "oxygen", "saturation" }, Category.Health), (new[] { "body", "temperature" }, Category.Health),
        (new[] { "systolic" }, Category.Health), (new[] { "diastolic" }, Category.Health),
        (new[] { "contraindications" }, Category.Health), (new[] { "contra", "indications" }, Category.Health),
        (new[] { "hearing", "loss" }, Category.Health), (new[] { "allergies" }, Category.Health),
        (new[] { "illnesses" }, Category.Health), (new[] { "illness" }, Category.Health),
        (new[] { "driver", "license" }, Category.GovernmentId), (new[] { "drivers", "license" }, Category.GovernmentId),
        (new[] { "driver", "licence" }, Category.GovernmentId), (new[] { "drivers", "licence" }, Category.GovernmentId),
        (new[] { "driving", "license" }, Category.GovernmentId), (new[] { "driving", "licence" }, Category.GovernmentId),
        (new[] { "plea" }, Category.Behavior), (new[] { "probation" }, Category.Behavior), (new[] { "parole" }, Category.Behavior),
        (new[] { "jail" }, Category.Behavior), (new[] { "incarceration" }, Category.Behavior), (new[] { "conviction" }, Category.Behavior),
        (new[] { "convictions" }, Category.Behavior), (new[] { "criminal", "record" }, Category.Behavior),
        (new[] { "criminal", "history" }, Category.Behavior), (new[] { "offense" }, Category.Behavior), (new[] { "offence" }, Category.Behavior),
        (new[] { "offenses" }, Category.Behavior), (new[] { "offences" }, Category.Behavior), (new[] { "crime" }, Category.Behavior),
        (new[] { "crimes" }, Category.Behavior), (new[] { "imprisonment" }, Category.Behavior),
        (new[] { "sexual", "orientation" }, Category.Demographic), (new[] { "political", "opinion" }, Category.Demographic),
        (new[] { "political", "opinions" }, Category.Demographic), (new[] { "political", "affiliation" }, Category.Demographic),
        (new[] { "trade", "union" }, Category.Demographic), (new[] { "ethnic", "origin" }, Category.Demographic),
        (new[] { "smoker" }, Category.Health), (new[] { "smoking" }, Category.Health),
        (new[] { "birth", "year" }, Category.Demographic), (new[] { "year", "of", "birth" }, Category.Demographic),
        (new[] { "vaccine", "dose" }, Category.Health), (new[] { "vaccination", "dose" }, Category.Health),
        (new[] { "vaccination", "status" }, Category.Health), (new[] { "vaccination", "date" }, Category.Health),
        (new[] { "vaccinated" }, Category.Health), (new[] { "immunization", "status" }, Category.Health),
        (new[] { "immunisation", "status" }, Category.Health), (new[] { "death", "date" }, Category.Health),
        (new[] { "security", "answer" }, Category.Credentials), (new[] { "national", "insurance", "number" }, Category.GovernmentId),
        (new[] { "asylum", "seeker", "service", "number" }, Category.GovernmentId), (new[] { "mob", "number" }, Category.Contact),
        (new[] { "mob", "no" }, Category.Contact),
        (new[] { "aadhar" }, Category.GovernmentId), (new[] { "aadhaar" }, Category.GovernmentId),
        (new[] { "time", "of", "birth" }, Category.Demographic), (new[] { "birth", "time" }, Category.Demographic),
        (new[] { "ethnic", "group" }, Category.Demographic),
        (new[] { "city", "of", "birth" }, Category.Demographic), (new[] { "town", "of", "birth" }, Category.Demographic),
    };

    // Named conditions, physical and mental, as runs of words ("Call.ReasonDepression", "Diagnose.PrimaryTumor",
    // "DistantMetastasisState").
    private static readonly string[][] NamedConditions =
    {
        new[] { "depression" }, new[] { "anxiety" }, new[] { "bipolar" }, new[] { "schizophrenia" }, new[] { "ptsd" }, new[] { "dementia" },
        new[] { "alzheimers" }, new[] { "alzheimer" }, new[] { "tumor" }, new[] { "tumour" }, new[] { "metastasis" }, new[] { "metastases" },
        new[] { "lymph", "nodes" }, new[] { "chemotherapy" }, new[] { "radiotherapy" }, new[] { "epilepsy" }, new[] { "asthma" },
        new[] { "diabetes" }, new[] { "diabetic" }, new[] { "hypertension" }, new[] { "pregnancy" }, new[] { "pregnant" },
        new[] { "sleeping", "disorder" }, new[] { "eating", "disorder" }, new[] { "autism" },
        new[] { "sick" }, new[] { "sickness" }, new[] { "illness" }, new[] { "illnesses" }, new[] { "covid" }, new[] { "covid19" },
        new[] { "corona" }, new[] { "coronavirus" }, new[] { "migraine" }, new[] { "migraines" }, new[] { "seizure" }, new[] { "seizures" },

        // A person's smoking ("QuitPlan.CigarettesPerDayBeforeQuit", "ProgressLog.SmokedToday").
        new[] { "cigarette" }, new[] { "cigarettes" }, new[] { "smoked" }, new[] { "smoking" }, new[] { "smoker" }, new[] { "tobacco" },
        new[] { "nicotine" },
    };

    // Per-person usage history, as runs of words.
    private static readonly string[][] UsageConcepts =
    {
        new[] { "pages", "read" }, new[] { "play", "count" }, new[] { "playcount" }, new[] { "played", "date" }, new[] { "last", "played" }, new[] { "playback", "position" },
        new[] { "reading", "progress" }, new[] { "watch", "history" }, new[] { "read", "history" }, new[] { "listening", "history" },
        new[] { "streak" },
    };

    // Type names that hold data whatever they are called.
    private static readonly Dictionary<string, Category> PersonalTypes = new(StringComparer.Ordinal)
    {
        ["IPAddress"] = Category.IpAddress, ["MailAddress"] = Category.Contact, ["PhoneNumber"] = Category.Contact,
        ["MailboxAddress"] = Category.Contact, ["MailAddressCollection"] = Category.Contact,
        ["PhysicalAddress"] = Category.DeviceId,
        ["JwtSecurityToken"] = Category.Credentials,
    };

    // Other types that hold a single value (text, numbers, flags, dates and keys are recognised in Shape): the name decides.
    private static readonly HashSet<string> ValueTypes = new(StringComparer.Ordinal)
    {
        "byte", "sbyte", "decimal", "double", "float", "object", "Decimal", "Double", "Single", "Object", "Byte",
        "Uri", "EndPoint", "IPEndPoint", "Money", "GeoPoint", "Point", "JsonElement", "JToken",

        // An uploaded file is its content: the name says whose and what ("Photos: IFormFileCollection").
        "IFormFile", "IFormFileCollection",
    };

    // Value-object suffixes of types that wrap one personal value ("EmailAddress", "PhoneNumber", "StringConfigurationItem").
    private static readonly string[] WrapperSuffixes = { "ConfigurationItem", "Value", "Item", "Field", "Property", "String" };

    /// <summary>What a container's name says, computed once per container (its words, without a view-model "Item").</summary>
    internal sealed class ContainerFacts
    {
        public ContainerFacts(string name)
            : this(name, personBySiblings: false)
        {
        }

        /// <param name="name">The container's name.</param>
        /// <param name="personBySiblings">Whether the container's other members show it is a person's record (a first name,
        /// a family name, a birth date: <see cref="IsPersonAnchor"/>) whatever its own name says.</param>
        /// <param name="ownedByPerson">Whether another member of the container refers to one person (<see cref="IsPersonReference"/>:
        /// "AttendanceLog.StudentId", "CaseFile.Defendant"), so that the record is about that person.</param>
        public ContainerFacts(string name, bool personBySiblings, bool ownedByPerson = false)
        {
            Name = name;

            // "CommentItem", "MemberListItem": after a person or content word a trailing "Item" is a view-model suffix, not
            // a catalogue item.
            var words = Words(name);

            // "MemberShipPackage": a membership (a plan), not a member and a ship.
            for (var i = words.Count - 2; i >= 0; i--)
            {
                if (words[i] == "member" && words[i + 1] is "ship" or "ships")
                {
                    words[i] = "membership";
                    words.RemoveAt(i + 1);
                }
            }

            while (words.Count > 1 && words[words.Count - 1] is "item" or "items"
                && words.Any(w => PersonContainers.Contains(w) || ContentContainers.Contains(w) || MedicationWords.Contains(w)))
            {
                words.RemoveAt(words.Count - 1);
            }

            // ASP.NET Zero's generated names say what a model is for after the entity ("GetBookingForViewDto",
            // "GetTourForEditOutput"): the entity is the kind.
            var forAt = words.LastIndexOf("for");
            if (forAt > 0 && forAt < words.Count - 1 && words.Skip(forAt + 1).All(w => w is "edit" || ModelSuffixes.Contains(w)))
            {
                words.RemoveRange(forAt, words.Count - forAt);
            }

            Words = words;
            Kind = words.LastOrDefault(w => !ModelSuffixes.Contains(w)) ?? string.Empty;

            // A server of a client's configuration is a server: the container's kind decides over a person word before it.
            var infrastructureKind = InfrastructureKinds.Contains(Kind);

            // Plural person words count ("PackageOwnersResultViewModel", "GroupMembers", "EventAttendees").
            // The kind decides over person words before it: a person's training provider, subject or category is a thing.
            var thingKind = PersonPartKinds.Contains(Kind) || ThingContainers.Contains(Kind) && !PlaceKinds.Contains(Kind);
            IsPerson = !infrastructureKind && !thingKind && words.Any(IsPersonContainerWord);

            // A parent or a child named alone, as a family's records name them ("ParentDto", "CreateChildDto", "ChildDetailDto"): a
            // person; a parent or child of something else is a node of a tree ("ParentCategory", "ChildNode", "ParentMenuItem").
            if (!IsPerson && words.Any(w => w is "parent" or "parents" or "child" or "children")
                && words.Count(w => !ModelSuffixes.Contains(w) && w is not ("create" or "update" or "edit" or "add" or "get" or "new" or "detail")) == 1)
            {
                IsPerson = true;
            }

            // An organisation's account is the organisation's ("BusinessAccount", "MerchantAccount", "CompanyProfile",
            // "CompanySignUp"), not a person's: its only person words are an account's.
            IsAccount = words.Any(w => w is "account" or "accounts");
            if (IsPerson && words.Any(OrganisationWords.Contains)
                && words.All(w => w is "account" or "accounts" or "profile" or "signup" or "signin" or "login" or "logon" or "register"
                    or "registration" or "authentication" || !IsPersonContainerWord(w)))
            {
                IsPerson = false;
            }

            // A thing's manager kept as a record ("BuildingManagerAddDto", "PropertyManagerDto"): a person; a manager service
            // ("UserManager", the last word) is not.
            var head = words.LastOrDefault(w => !ModelSuffixes.Contains(w) && w is not ("add" or "create" or "update" or "edit" or "new" or "get"
                or "list" or "insert" or "delete" or "save"));
            if (!IsPerson && !infrastructureKind && head is "manager" or "managers" && words[words.Count - 1] != head)
            {
                IsPerson = true;
            }

            // A record with a first name or a birth date among its members is a person's, whatever its name says
            // ("Tenant" of a letting agency, "PublishedEventWithPublisher"); an address's own name is still the address's.
            if (personBySiblings && !NamesConstants(words) && !infrastructureKind && !PiiNameClassifier.IsInfrastructure(words))
            {
                IsPerson = true;
            }

            // A record about one person (it refers to them) that is not itself a person's record.
            OwnedByPerson = ownedByPerson && !IsPerson;

            // A telephone call's record: a voice or phone call, or a call's entry, log or record ("VoiceCall", "CallEntry").
            IsCallRecord = words.Any(w => w is "call" or "calls") && words.Any(w => w is "voice" or "phone" or "entry" or "log" or "logs" or "record"
                or "records" or "history" or "incoming" or "outgoing" or "missed" or "inbound" or "outbound") && !words.Any(w => w is "type" or "types");

            // A person's case: a court's, a social worker's, a police or customs case ("CaseFile", "CaseInformationDto"); a
            // payroll's case set, a test or use case, or a lookup of case types is not. A case file is the case's ("CaseFile"),
            // another thing word makes it a thing's ("ProductCase").
            IsCase = words.Any(w => w is "case" or "cases" or "casefile") && !words.Any(CaseThingWords.Contains)
                && !words.Any(w => w != "file" && ThingContainers.Contains(w));

            // A domain or integration event is a message about something that happened, not an event people attend
            // ("PermitExpiredDomainEvent.Emails", "OrderStartedIntegrationEvent.BuyerName").
            var message = words.Count > 1 && Kind == "event" && words[words.Count - 2] is "domain" or "integration";
            // A tour offered is a thing; a tour's booking is a person's ("TourBookingEditRequestDto").
            // A log of where someone was is theirs ("LocationLog.Latitude" of a guard on shift).
            var placeLog = Kind is "log" or "logs" or "history" or "ping" or "pings" or "track" or "tracking" or "trail";
            // Tickets a person buys ("TicketPurchase"): the buyer's booking, not a purchase order of a business.
            var ticketPurchase = Kind is "purchase" or "purchases" && words.Any(w => w is "ticket" or "tickets");
            IsThing = !IsPerson && !ticketPurchase && (words.Any(w => ThingContainers.Contains(w) && !(message && w == "event") && !(placeLog && PlaceKinds.Contains(w)))
                || Kind is "tour" or "tours");
            IsAnimal = IsThing && words.Any(AnimalWords.Contains);
            IsAddress = words.Contains("address") || words.Contains("addresses");
            IsSecondFactor = words.Any(SecondFactorWords.Contains) || string.Concat(words).Contains("twofactor");
            IsMailContainer = words.Any(MailContainers.Contains);
            HasContent = words.Any(ContentContainers.Contains)
                || words.Any(PluralContentContainers.Contains) && !words.Any(CodeMemberContainerWords.Contains);

            // "GrantTypes.ResourceOwnerPassword", "ClaimTypes.Email": a class of named constants holds no one's data.
            IsConstants = NamesConstants(words) && !(IsPerson && Kind == "names");
            IsInfrastructure = infrastructureKind || PiiNameClassifier.IsInfrastructure(words);

            // A person's statistics ("APIUserDailyChallengeStatistics", "PlayerStats"), not a service's or a blog's ("Stats").
            IsPersonStatistics = IsPerson && words.Any(StatisticsWords.Contains);
            IsClinicalResult = words.Any(ClinicalResultWords.Contains) && !IsThing;
            IsMedication = !IsThing && words.Any(MedicationWords.Contains);
            IsSystemText = CodeMessageKinds.Contains(Kind)
                || words.Any(w => w is "notification" or "notifications" or "template" or "templates" or "error" or "errors" or "exception" or "warning"
                    or "danger" or "success");
            IsAuthoredText = !IsThing && !IsSystemText && AuthoredTextKinds.Contains(Kind);

            // What is written on a record about one person is theirs, unless the record is a thing's, a system's (its status or
            // error message) or a payment's (a payment's note is about the transaction).
            ReadsWrittenText = OwnedByPerson && !IsThing && !IsInfrastructure && !IsSystemText && !words.Any(w => w is "payment" or "payments");
            IsPersonPhoto = !IsThing && (PersonPhotoWords.Contains(Kind) || words.Count > 0 && PersonPhotoWords.Contains(words[0]));
            IsProfile = IsPerson && !IsThing && words.Any(ProfileWords.Contains);
            IsEducationRecord = !IsThing && words.Any(EducationRecordWords.Contains);

            // A record of who was present and when ("MemberAttendances", "StaffTimesheet").
            IsAttendance = !IsThing && words.Any(w => w is "attendance" or "attendances" or "timesheet" or "timesheets" or "presence");

            // On the learner itself ("Student.Grade") a grade is the class year; on a record it is a result.
            IsLearnerOnly = IsEducationRecord && !words.Any(w => w is "enrollment" or "enrolment" or "enrollments" or "enrolments" or "attendance"
                or "transcript" or "grade" or "grades" or "mark" or "marks" or "result" or "results" or "exam" or "assessment");
            IsAuthTokenCarrier = words.Any(w => w is "token" or "tokens" or "auth" or "authentication" or "authorization" or "login" or "signin" or "jwt")
                && words.All(w => AuthTokenContainerWords.Contains(w) || ModelSuffixes.Contains(w));

            // An OAuth exchange or a confirmation of a person's address ("OAuthTokenForm", "EmailConfirmationPin").
            IsOAuth = !IsInfrastructure && string.Concat(words).Contains("oauth");
            IsConfirmation = words.Any(w => w is "confirmation" or "confirm" or "verification" or "verify");
            IsInterview = !IsThing && words.Any(InterviewWords.Contains);
            IsSignedForm = !IsInfrastructure && words.Any(SignedFormWords.Contains);
            IsCreditScore = !IsThing && IsCreditScoreWords(words);

            // A person's name in parts ("IndividualScreeningHitNames.Full", "HumanName.Family").
            IsPersonName = Kind is "name" or "names" && (IsPerson || words.Contains("human"));

            // What one person books or receives ("VaccineAppointment", "PandemicVaccinationDto", "Reservation"): its bare name,
            // address and district are that person's.
            IsPersonsBooking = !IsThing && (BookingKinds.Contains(Kind) || ticketPurchase);

            // A patient's record ("PatientMedicalHistoryDto", "PandemicPatient"): treatments and remarks are health data.
            IsMedicalRecord = !IsThing && (words.Contains("patient") || words.Contains("patients")
                || words.Any(w => w is "medical" or "clinical" or "health") && words.Any(w => w is "history" or "record" or "records"));

            // Kinds of records that one rule each reads (ClassifyWords), decided here once per container, not per member.
            MentionsDevice = words.Any(w => w is "device" or "devices");
            MentionsMedical = words.Contains("medical");
            IsSleepRecord = words.Any(w => w is "sleep" or "sleeps" or "slept" or "asleep" or "sleeping");
            IsSettingsLike = words.Any(w => w is "options" or "settings" or "setting" or "config" or "configuration" or "job" or "service" or "policy");
            IsTrackedActivity = words.Any(TrackedActivityWords.Contains) && !words.Any(w => w is "goal" or "goals" or "target" or "targets");
            IsConditionDiary = words.Any(w => w is "migraine" or "migraines" or "seizure" or "seizures" or "headache" or "headaches" or "symptom" or "symptoms");
            IsSocialUserRecord = words.Any(w => SocialNetworks.Contains(w) && w != "x") && words.Any(w => w is "user" or "account" or "profile" or "userinfo" or "player");
            MentionsSession = words.Any(w => w is "session" or "sessions" or "login" or "signin" or "visit" or "visits");
            IsExternalLogin = words.Contains("external") && words.Any(w => w is "login" or "logins" or "signin" or "provider" or "providers");
            IsUserTokens = Kind is "token" or "tokens" && words.Any(w => w is "user" or "users");
            IsCodeSentToPerson = Kind == "code" && words.Any(w => w is "sms" or "phone" or "mobile" or "email" or "mail")
                && !words.Any(w => w is "country" or "countries" or "dial" or "dialing" or "dialling" or "calling" or "area" or "region" or "iso"
                    or "international");
            IsContraIndications = words.Contains("contraindications") || ContainsRun(words, ContraIndicationWords);
            IsBiometricRecord = words.Any(w => w is "fingerprint" or "fingerprints" or "biometric" or "biometrics" or "faceprint")
                || ContainsRun(words, FingerPrintWords);
            IsContactUsForm = ContainsRun(words, ContactUsWords) || ContainsRun(words, ApplicationFormWords) || words.Count == 2 && words[0] == "contact" && words[1] is "request" or "requests";
            IsUserInfo = words.Any(w => w is "google" or "apple" or "microsoft" or "oidc" or "openid" or "userinfo");
            IsVitalSigns = words.Any(w => w is "vital" or "vitals" or "bp") || words.Contains("blood") && words.Contains("pressure");
            IsAllergyRecord = words.Any(w => w is "allergy" or "allergies") && Kind is "entry" or "entries" or "record" or "records" or "history" or "log";
            IsBodyMeasurements = words.Contains("body") && words.Any(w => w is "measurement" or "measurements" or "composition" or "metrics" or "stats");
            IsMeasurementRecord = Kind is "measurement" or "measurements" or "fitting" or "fittings";
            IsMaternityOrTherapyCare = words.Any(w => w is "prenatal" or "antenatal" or "postnatal" or "postpartum" or "obstetric" or "obstetrician"
                or "maternity" or "pregnancy" or "therapy" or "counselling" or "counseling");
            IsRehabilitation = words.Any(w => w is "rehab" or "rehabilitation" or "addiction" or "detox" or "sobriety");
            IsMedicationRecord = words.Any(w => w is "medication" or "medications" or "medicine" or "medicines" or "drug" or "drugs")
                && Kind is "feedback" or "adjustment" or "adjustments" or "review" or "reviews" or "administration" or "administrations" or "log" or "logs";
            IsExerciseLog = words.Any(w => w is "exercise" or "exercises" or "workout" or "workouts");
            IsIdentityDocument = !IsThing && EndsWithIdentityDocument(words.Where(w => !ModelSuffixes.Contains(w)).ToList());
            AbbreviationSources = words.Where(w => w.Length >= 5 && (PersonContainers.Contains(w) || PersonWords.Contains(w)) || IsPerson && w.Length == 3).ToList();
            IsInsuranceClaim = Kind is "claim" or "claims"
                && !words.Any(w => w is "role" or "roles" or "identity" or "security" or "jwt" or "token" or "type" or "types");
        }

        /// <summary>
        /// The words of the container's name a column prefix may abbreviate (<see cref="DropContainerAbbreviation"/>): its person words
        /// of five letters or more, and on a person's record its three-letter words ("AdminAppDetails": app). Usually none.
        /// </summary>
        public List<string> AbbreviationSources { get; }

        /// <summary>An identity document's record ("Passport", "DriverLicenseDto"): its series, number, issuer and dates are the document.</summary>
        public bool IsIdentityDocument { get; }

        /// <summary>A device's record or a request about one ("RegisteredDevice", "DeviceRegistrationRequest").</summary>
        public bool MentionsDevice { get; }

        /// <summary>A record of a person's sleep ("SleepRecord", "AverageTimeSleptDTO").</summary>
        public bool IsSleepRecord { get; }

        /// <summary>Settings, a job or a service ("WorkerOptions"): a sleep there is a pause, not a person's.</summary>
        public bool IsSettingsLike { get; }

        /// <summary>What a person logs of an activity they track ("MeditationSession", "WaterIntake"), not a goal.</summary>
        public bool IsTrackedActivity { get; }

        /// <summary>A diary of a condition a person lives with ("MigraineEntry", "Seizures").</summary>
        public bool IsConditionDiary { get; }

        /// <summary>A social network's record of one user ("GoogleUserInfo", "FacebookUser").</summary>
        public bool IsSocialUserRecord { get; }

        /// <summary>A sign-in, a session or a visit ("LoginHistory", "SessionSummary").</summary>
        public bool MentionsSession { get; }

        /// <summary>ASP.NET's external-login template ("ExternalLoginViewModel"): a provider's, not a person's.</summary>
        public bool IsExternalLogin { get; }

        /// <summary>A medical container of any kind ("MedicalInformation").</summary>
        public bool MentionsMedical { get; }

        /// <summary>ASP.NET Core Identity's user tokens ("AspNetUserTokens"), a user's refresh token ("UserRefreshToken").</summary>
        public bool IsUserTokens { get; }

        /// <summary>The record of a code sent to a person by text message or mail ("PhoneCodeEntity"); not a country's dialling code.</summary>
        public bool IsCodeSentToPerson { get; }

        /// <summary>A client's contraindications ("ContraIndications").</summary>
        public bool IsContraIndications { get; }

        /// <summary>A fingerprint's or a face's biometric record ("FingerPrint").</summary>
        public bool IsBiometricRecord { get; }

        /// <summary>A "contact us" form ("ContactUsAdd").</summary>
        public bool IsContactUsForm { get; }

        /// <summary>An OpenID Connect user-info response ("GoogleUserInfo").</summary>
        public bool IsUserInfo { get; }

        /// <summary>A person's vital signs ("VitalSigns").</summary>
        public bool IsVitalSigns { get; }

        /// <summary>One person's allergy record ("AllergyEntry"): its allergen, reaction and severity are health data.</summary>
        public bool IsAllergyRecord { get; }

        /// <summary>A person's body measurements ("NewBodyMeasurementsVm"): every measurement is health data.</summary>
        public bool IsBodyMeasurements { get; }

        /// <summary>A record of measurements ("MeasurementRequestDto", "Fitting"): what it measures may be a person's body.</summary>
        public bool IsMeasurementRecord { get; }

        /// <summary>A record of pregnancy, postpartum or therapy care ("Prenatal_Postpartum_Therapy"): its notes are health data.</summary>
        public bool IsMaternityOrTherapyCare { get; }

        /// <summary>A record of addiction rehabilitation ("Rehab_Admission"): its dates, notes and progress are health data.</summary>
        public bool IsRehabilitation { get; }

        /// <summary>A record about one person's medication ("MedicationFeedback", "MedicationDosageAdjustment"), not the catalogue.</summary>
        public bool IsMedicationRecord { get; }

        /// <summary>An exercise log ("ExerciseEntry", "Workout").</summary>
        public bool IsExerciseLog { get; }

        /// <summary>An insurance claim ("SubmitClaimDto"), not an identity claim ("UserClaim", "RoleClaim").</summary>
        public bool IsInsuranceClaim { get; }

        /// <summary>What one person books or receives (an appointment, a booking, a vaccination): its name and address are theirs.</summary>
        public bool IsPersonsBooking { get; }

        /// <summary>An animal ("AnimalRequest", "BreedResponse"): its age, sex and health are not a person's.</summary>
        public bool IsAnimal { get; }

        // A person word of a container, also in the plural ("PackageOwnersResultViewModel", "GroupMembers").
        private static bool IsPersonContainerWord(string w) =>
            PersonContainers.Contains(w) || w.Length > 3 && w[w.Length - 1] == 's' && PersonContainers.Contains(w.Substring(0, w.Length - 1));

        // A class named for constants ("UserRoles", "ClaimTypes"; a class called just "Constants" too).
        private static bool NamesConstants(List<string> words) =>
            (words.Count > 1 || words.Count == 1 && words[0] is "constants" or "consts") && ConstantContainers.Contains(words[words.Count - 1]);

        /// <summary>A patient's or a medical record: its treatments and remarks are health data.</summary>
        public bool IsMedicalRecord { get; }

        /// <summary>A record of attendance ("TrainerAttendances"): when a person came and went is their behaviour.</summary>
        public bool IsAttendance { get; }

        /// <summary>An account ("AccountAssets", "UserAccount"): its mask is the last digits of the account number.</summary>
        public bool IsAccount { get; }

        /// <summary>A person's credit score ("…FicoScore"): its score and reason codes are credit data.</summary>
        public bool IsCreditScore { get; }

        /// <summary>A person's name in parts ("…HitNames", "HumanName"): its Full/First/Family are the name.</summary>
        public bool IsPersonName { get; }

        /// <summary>A post, note, comment or content object a person wrote: its Summary/Preview/Html/Source are that text.</summary>
        public bool IsAuthoredText { get; }

        /// <summary>A person's photograph ("Photo", "PhotoForApprovalDto"): its Url/Path is that person's image.</summary>
        public bool IsPersonPhoto { get; }

        /// <summary>A person's own profile ("MemberUpdateDto", "UserProfile"): its Description is what they wrote about themselves.</summary>
        public bool IsProfile { get; }

        /// <summary>A learner's education record ("StudentGrade", "Enrollment", "Attendance"): marks and attendance are behaviour.</summary>
        public bool IsEducationRecord { get; }

        /// <summary>A learner itself ("Student"), not one of their records: its Grade is a class year.</summary>
        public bool IsLearnerOnly { get; }

        /// <summary>A record about one person whose written text (notes, reasons, comments) is theirs (<see cref="OwnedByPerson"/>).</summary>
        public bool ReadsWrittenText { get; }

        /// <summary>A telephone call's record ("VoiceCall", "CallEntry", "PhoneCallLog"; not "CallType", a dispatch "Call").</summary>
        public bool IsCallRecord { get; }

        /// <summary>A person's case ("CaseFile", "CaseInformationDto"; not "CaseSet", "TestCase", "CaseStatusTypeField").</summary>
        public bool IsCase { get; }

        /// <summary>
        /// A record about one person that is not named as a person's: another of its members refers to a person
        /// ("AttendanceLog.StudentId", "CaseFile.Defendant"; <see cref="IsPersonReference"/>).
        /// </summary>
        public bool OwnedByPerson { get; }

        /// <summary>A container of a sign-in token only ("TokenResponseVM", "LoginResult"): its generic Token is a credential.</summary>
        public bool IsAuthTokenCarrier { get; }

        /// <summary>A survey interview's question ("InterviewMultiOptionQuestion"): its Answer is the respondent's.</summary>
        public bool IsInterview { get; }

        /// <summary>A form a person signs ("DisclaimerModel"): its text Signature is the signer's typed name.</summary>
        public bool IsSignedForm { get; }

        /// <summary>An OAuth form or exchange of a person ("OAuthTokenForm"): its bare Code and Token are credentials.</summary>
        public bool IsOAuth { get; }

        /// <summary>A confirmation of a person's address or sign-in ("EmailConfirmationPin"): its Pin is a one-time code.</summary>
        public bool IsConfirmation { get; }

        /// <summary>One person's statistics: its counts and streaks are that person's behaviour.</summary>
        public bool IsPersonStatistics { get; }

        /// <summary>A person's medication or prescription ("PrescriptionItem", "Medication"): its note, dose and frequency are health data.</summary>
        public bool IsMedication { get; }

        /// <summary>A clinical result (a laboratory report): its generic Report/Result is health data.</summary>
        public bool IsClinicalResult { get; }

        /// <summary>Settings whose texts are written by the system (a notification, a template), not by a person.</summary>
        public bool IsSystemText { get; }

        public string Name { get; }

        /// <summary>Read only: shared by every member of the container.</summary>
        public List<string> Words { get; }

        public bool IsConstants { get; }

        public bool IsPerson { get; }

        public bool IsThing { get; }

        /// <summary>The last word that is not a model suffix ("Appointment" of "AppointmentDto").</summary>
        public string Kind { get; }

        public bool IsAddress { get; }

        public bool IsSecondFactor { get; }

        public bool IsMailContainer { get; }

        public bool HasContent { get; }

        public bool IsInfrastructure { get; }
    }

    /// <summary>What a member's type says, computed once per type.</summary>
    internal sealed class TypeFacts
    {
        public TypeFacts(string? name)
        {
            Name = name;
            Shape = PiiNameClassifier.Shape(name);
            Element = name is null ? null : PiiNameClassifier.Element(name);

            // An enum, a value object or a nested model of the code base ("Author", "From"), not a text or a number.
            IsCodeBaseType = Shape == TypeShape.Value && Element is not null && Element.Length > 1 && !ValueTypes.Contains(Element)
                && char.IsUpper(Element[0]);
        }

        /// <summary>A type of the code base held as a value (an enum, a value object, a nested model).</summary>
        public bool IsCodeBaseType { get; }

        public string? Name { get; }

        public TypeShape Shape { get; }

        public string? Element { get; }

        /// <summary>
        /// A model, service or interface, or a Guid (a row key: every rule's answer for it ends as none in
        /// <see cref="Classify(ContainerFacts, string, TypeFacts)"/>): no member of this type is suggested, whatever its name.
        /// </summary>
        public bool HoldsNoValue => Shape is TypeShape.Other or TypeShape.Guid;
    }

    public static Category? Classify(string container, string member, string? typeName) => Classify(container, member, typeName, personBySiblings: false);

    /// <summary>
    /// Classifies a member; <paramref name="personBySiblings"/> says whether another member of its container is a person
    /// anchor (<see cref="IsPersonAnchor"/>), which makes the container a person's record whatever its name says.
    /// </summary>
    public static Category? Classify(string container, string member, string? typeName, bool personBySiblings) =>
        Classify(container, member, typeName, personBySiblings, ownedByPerson: false);

    /// <summary>
    /// Classifies a member; <paramref name="personBySiblings"/> as above, <paramref name="ownedByPerson"/> whether another member
    /// of its container refers to one person (<see cref="IsPersonReference"/>), which makes the container a record about them.
    /// </summary>
    public static Category? Classify(string container, string member, string? typeName, bool personBySiblings, bool ownedByPerson)
    {
        var type = new TypeFacts(typeName);
        if (type.HoldsNoValue)
        {
            return null;
        }

        return Classify(new ContainerFacts(container), member, type)
            ?? (personBySiblings || ownedByPerson ? ClassifyBySiblings(new ContainerFacts(container, personBySiblings, ownedByPerson), member, type) : null);
    }

    /// <summary>
    /// Whether a member refers to one person: a key named after a person ("StudentId", "PatientID", "Kid_Id") or a reference
    /// typed as a person's record ("Defendant: Defendant", "Student: StudentDto"). An account's, a profile's or a sign-in's key is
    /// not a person's ("AccountId"), nor a list of people.
    /// </summary>
    public static bool IsPersonReference(string member, string? typeName) => IsPersonKey(member) || IsPersonModel(typeName?.TrimEnd('?'));

    /// <summary>Whether a member's name is a key named after a person ("StudentId", "PatientID", "Kid_Id"; not "AccountId").</summary>
    public static bool IsPersonKey(string member)
    {
        var words = Words(member);
        Normalize(words);
        return words.Count >= 2 && words[words.Count - 1] == "id" && PersonContainers.Contains(words[words.Count - 2])
            && !NotOwnerWords.Contains(words[words.Count - 2]);
    }

    /// <summary>Whether a type, by its name, is one person's record of the code base ("Defendant", "StudentDto"; not a list of them).</summary>
    public static bool IsPersonModel(string? typeName)
    {
        if (typeName is null || typeName.Length < 2 || !char.IsUpper(typeName[0]) || !typeName.All(c => char.IsLetterOrDigit(c) || c == '_'))
        {
            return false;
        }

        var facts = new ContainerFacts(typeName);
        return facts.IsPerson && PersonContainers.Contains(facts.Kind) && !NotOwnerWords.Contains(facts.Kind);
    }

    // Words of a container that make its "case" a thing of software or a lookup, not a person's case.
    private static readonly HashSet<string> CaseThingWords = new(StringComparer.Ordinal)
    {
        "set", "sets", "setup", "value", "values", "field", "fields", "relation", "relations", "type", "types", "option", "options", "tool",
        "token", "query", "test", "tests", "use", "upper", "lower", "camel", "pascal", "snake", "kebab", "sensitive", "insensitive",
        "template", "templates", "slot", "report", "reports", "chart", "count", "stats", "statistics",
    };

    // When a person came and went, in an attendance record or a record about them ("CheckInTime", "TimeOut", "ClockIn").
    private static readonly HashSet<string> CameAndWentNames = new(StringComparer.Ordinal)
    {
        "checkin", "checkout", "checkintime", "checkouttime", "timein", "timeout", "clockin", "clockout",
    };

    // Last words of what someone writes on a record about one person: notes, reasons, comments, feedback.
    private static readonly HashSet<string> OwnedRecordTextWords = new(StringComparer.Ordinal)
    {
        "note", "notes", "reason", "comment", "comments", "remark", "remarks", "feedback", "memo",
    };

    // Person words whose key or reference does not make a record about one person: an account, a profile or a sign-in is a
    // login's; "UserLogin", "AccountId" of a bank account.
    private static readonly HashSet<string> NotOwnerWords = new(StringComparer.Ordinal)
    {
        "account", "profile", "authentication", "registration", "register", "signup", "login", "signin", "logon", "logup", "admin",
        "administrator",
    };

    /// <summary>
    /// A member the rules leave alone in its container, read again as a member of a person's record; an address's own
    /// name ("AddressEntity.Name" next to the addressee's first name) stays the address's label.
    /// </summary>
    public static Category? ClassifyBySiblings(string container, string member, TypeFacts type) =>
        ClassifyBySiblings(new ContainerFacts(container, personBySiblings: true), member, type);

    /// <inheritdoc cref="ClassifyBySiblings(string, string, TypeFacts)"/>
    public static Category? ClassifyBySiblings(ContainerFacts personRecord, string member, TypeFacts type) =>
        personRecord.OwnedByPerson ? ClassifyInRecordAboutPerson(personRecord, member, type)
        : personRecord.IsAddress && string.Concat(Words(member)) == "name" ? null : Classify(personRecord, member, type);

    /// <summary>
    /// A member the rules leave alone in a record about one person ("AttendanceLog" with its StudentId, "CaseFile" with its
    /// Defendant): what someone wrote on it about them or what they wrote is content ("AttendanceLog.Notes",
    /// "Appointment.CancellationReason", "Session.Feedback"), and when they came and went is their behaviour ("RosterEntry.TimeIn");
    /// nothing else is read again (one look at the name).
    /// </summary>
    private static Category? ClassifyInRecordAboutPerson(ContainerFacts record, string member, TypeFacts type)
    {
        if (!record.ReadsWrittenText || type.Shape is not (TypeShape.Text or TypeShape.Date))
        {
            return null;
        }

        var words = Words(member);
        SplitGlued(words);
        Normalize(words);
        if (words.Count == 0)
        {
            return null;
        }

        // When the person came and went ("RosterEntry.TimeIn", "Visit.CheckOutDate", "AttendanceLog.CheckInTime"); a booking's
        // check-in date is when the stay is booked for.
        if (type.Shape == TypeShape.Date)
        {
            var joined = string.Concat(words);
            return !record.Words.Any(w => w is "booking" or "bookings" or "reservation" or "reservations")
                && (CameAndWentNames.Contains(joined) || joined is "checkindate" or "checkoutdate" or "signintime" or "signouttime" or "entrytime" or "exittime")
                ? Category.Behavior
                : null;
        }

        return OwnedRecordTextWords.Contains(words[words.Count - 1]) ? Category.Content : null;
    }

    /// <summary>
    /// Whether a member's name alone may show that its container describes one person: only people have first, middle and family
    /// names, patronymics and birth dates ("FirstName", "LastNameHeb", "DataNascimento"); a full name only on a tenant (below). A role in front
    /// ("ContactFirstName" of a supplier, "OwnerBirthDate") names someone else than the record, so it is not an anchor.
    /// </summary>
    public static bool IsPersonAnchor(string member)
    {
        var words = Words(member);
        Normalize(words);
        while (words.Count > 2 && words[words.Count - 1].Length <= 3)
        {
            // A language or a number behind the name ("FirstNameHeb", "LastNameEn").
            words.RemoveAt(words.Count - 1);
        }

        return string.Concat(words) is "firstname" or "lastname" or "surname" or "givenname" or "givennames" or "familyname" or "middlename"
            or "maidenname" or "patronymic" or "dateofbirth" or "birthdate" or "dob" or "fname" or "lname" or "fullname";
    }

    /// <summary>
    /// Whether a member is a person anchor of its container: named as one (<see cref="IsPersonAnchor"/>) and classified as a
    /// name or a birth date there by the rules alone (not a form field's settings, "OrdererFieldSettings.FirstName:
    /// FieldSetting", nor a data-access layer's field, "TTypedConstraint.FName").
    /// </summary>
    public static bool IsPersonAnchor(string container, string member, string? typeName) =>
        IsPersonAnchor(member) && (string.Concat(Words(member)) == "fullname"
            ? IsAmbiguousTenant(container) && (typeName is null || new TypeFacts(typeName).Shape == TypeShape.Text)
            : Classify(container, member, typeName) is Category.Name or Category.Demographic);

    // "Tenant" names a renter and a customer organisation of a multi-tenant service: a tenant with a full name is a renter.
    // Elsewhere a full name is no anchor: a directory's, a type's or an assembly's FullName is a path or a qualified name.
    private static bool IsAmbiguousTenant(string container)
    {
        var words = new ContainerFacts(container).Words;
        return words.Any(w => w is "tenant" or "tenants") && !words.Any(w => w != "tenant" && w != "tenants" && ThingContainers.Contains(w));
    }

    public static Category? Classify(ContainerFacts container, string member, TypeFacts type)
    {
        // The type first (cached per type by the caller): a model or service is never suggested, and a member typed with
        // its own container is a constant of an enum-like type ("TypeEnum.PensionIncome").
        var shape = type.Shape;
        if (type.Element is "IFormFile" or "IFormFileCollection")
        {
            return ClassifyUpload(container, member);
        }

        if (type.HoldsNoValue || type.Element is not null && type.Element == container.Name)
        {
            return null;
        }

        var words = Words(member);
        if (words.Count == 0)
        {
            return null;
        }

        // A member's name on a club's or a community's record ("Member.MemberName", "TeeTime.MemberName"); the name of a code
        // member is reflection's ("ValidationContext.MemberName", an attribute's memberName).
        if (NotData.Contains(string.Concat(words)))
        {
            return words.Count == 2 && words[0] == "member" && words[1] == "name" && shape == TypeShape.Text && !container.IsInfrastructure
                && !container.IsThing && !container.Words.Any(CodeMemberContainerWords.Contains) ? Category.Name : null;
        }

        // A schema publisher's prefix on a glued lower-case name ("era_contactfirstname", Dynamics CRM's convention) says
        // nothing about the data; two words that are a known name in snake case ("first_name", "postal_code") are that name, and
        // a thing's word is the thing's ("role_name").
        var underscore = member.IndexOf('_');
        if (underscore is > 1 and <= 6 && words.Count == 2 && member.IndexOf('_', underscore + 1) < 0
            && member.Skip(underscore + 1).All(char.IsLower) && member.Take(underscore).All(char.IsLower)
            && !PersonWords.Contains(words[0]) && !ExactNames.ContainsKey(words[0]) && !ExactNames.ContainsKey(words[0] + words[1])
            && !ThingNameWords.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        SplitGlued(words);
        JoinPaymentRoles(words);
        DropContainerAbbreviation(words, container);
        Normalize(words);

        // One-letter abbreviation markers around a concept ("GNameF": a guardian's name, father's; Hungarian "mName").
        if (words.Count > 1 && words[0].Length == 1 && char.IsLetter(words[0][0]))
        {
            words.RemoveAt(0);
        }

        if (words.Count > 1 && words[words.Count - 1].Length == 1 && char.IsLetter(words[words.Count - 1][0]))
        {
            words.RemoveAt(words.Count - 1);
        }

        // A whole number named "…Id" is a row key whatever the rules below would say of its words (the last arm but one of the
        // final switch): answered before them.
        if (shape == TypeShape.Number && words[words.Count - 1] is "id" or "ids")
        {
            return null;
        }

        if (shape == TypeShape.Personal && type.Element is not null && PersonalTypes.TryGetValue(type.Element, out var byType))
        {
            return container.IsInfrastructure ? null : byType;
        }

        if (container.IsConstants)
        {
            return null;
        }

        // "EmailId", "MailId" as text: an e-mail address in Indian English ("LoginEmailId: string"), not a key.
        if (shape == TypeShape.Text && words.Count >= 2 && words[words.Count - 1] == "id" && words[words.Count - 2] is "email" or "mail")
        {
            words.RemoveAt(words.Count - 1);
        }

        // A lower-case name glued after the initial of a person's record ("Customerinsert.cname", "StaffInsert.semail",
        // ".caddr"): that person's name, e-mail, phone or address; and their bare "pass" is their password.
        if (words.Count == 1 && shape == TypeShape.Text && member.Length >= 4 && member.Length <= 8 && IsGluedPersonRecord(container))
        {
            var initial = char.ToLowerInvariant(container.Name[0]);
            var rest = member.Substring(1);
            if (member[0] == initial && rest is "name" or "email" or "mail" or "phone" or "mobile" or "addr" or "address")
            {
                return rest == "name" ? Category.Name : Category.Contact;
            }
            else if (member == "pass")
            {
                return Category.Credentials;
            }
        }

        var containerWords = container.Words;
        var category = ClassifyWords(container, words);
        var joinedMember = string.Concat(words);

        // One person's statistics are their behaviour ("UserStatistics.DailyStreakBest"), except keys and totals over people
        // ("UserStats.TotalUsers").
        if (category is null && container.IsPersonStatistics && shape is TypeShape.Number or TypeShape.Value
            && words[words.Count - 1] is not ("id" or "ids" or "version") && !words.Any(w => w.Length > 1 && w.EndsWith("s", StringComparison.Ordinal) && PersonContainers.Contains(w.Substring(0, w.Length - 1))))
        {
            category = Category.Behavior;
        }

        // "TaxId.Value", "SigninTokenDto.Token", "PhoneNumber.Number": a generic member of a type named after a concept is that concept.
        // So is a token's hash ("PasswordResetToken.TokenHash").
        var core = words.Count > 1 && Qualifiers.Contains(words[0]) ? words.Skip(1).ToList() : words;
        if (category is null && (core.Count == 1 && core[0] is "value" or "number" or "token" or "address"
            || core.Count == 2 && core[0] == "token" && core[1] is "hash" or "hashed"))
        {
            var concept = containerWords.Where(w => !ModelSuffixes.Contains(w)).ToList();
            if (concept.Count > 0 && !(concept.Count == 1 && concept[0] == core[0]))
            {
                category = ClassifyWords(NoContainer, concept);
            }

            // A person's token authenticates them ("Users.Token", "UserDto.Token"), whatever the person word alone would say; a
            // licence's token is the licence's ("UserLicense.Token").
            if (core[0] == "token" && category is null or Category.Account or Category.Name && container.IsPerson && !container.IsThing
                && !container.IsInfrastructure && type.Shape == TypeShape.Text && !containerWords.Any(w => w is "license" or "licence")
                && !containerWords.Any(InfrastructureContainers.Contains))
            {
                category = Category.Credentials;
            }
        }

        // A person's case (a court's, a social worker's, a police or customs case: "CaseFile.Notes", "CaseInformation.Description"):
        // what is written on it is about them; a payroll's case set, a test case or a lookup of case types is not.
        if (category is null && shape == TypeShape.Text && container.IsCase && !container.IsInfrastructure
            && (joinedMember is "description" or "summary" or "details" or "comment" or "comments" or "remark" or "remarks" or "note" or "reason"
                || words[words.Count - 1] is "notes"))
        {
            return Category.Content;
        }

        // A message from a person ("CaseInformation.MessageFromClient", "MessageFromCustomer").
        if (category is null && shape == TypeShape.Text && words.Count == 3 && words[0] is "message" or "msg" && words[1] == "from"
            && PersonContainers.Contains(words[2]) && !container.IsSystemText)
        {
            return Category.Content;
        }

        // A travel, library or membership card's number identifies its holder; it pays for nothing ("TransportCard.CardNo").
        if (category == Category.Payment && joinedMember is "cardno" or "cardnumber"
            && containerWords.Any(w => w is "transport" or "transit" or "travel" or "fare" or "library" or "loyalty" or "membership" or "member"))
        {
            return Category.UniqueId;
        }

        // A person's own reason or explanation for something they ask or did, on their record or what they ask for
        // ("AdmissionRecord.ReasonForAdmission", "LicenseApplication.ExplanationForNoTaxClearance", "Attendee.ReasonForAttending");
        // a form's or a system's wording is not, nor an incident's reason for an officer's visit.
        if (category is null && shape == TypeShape.Text && words.Count >= 3
            && (words[0] is "reason" or "reasons" or "explanation" or "justification" && words[1] == "for" || words[0] == "purpose" && words[1] == "of")
            && !container.IsSystemText && !container.IsInfrastructure && !container.IsThing && !container.IsConstants
            && (container.IsPerson || containerWords.Any(w => w is "application" or "applications" or "request" or "requests" or "record" or "records"
                or "consultation" or "consultations" or "notice" or "admission" or "appeal" or "complaint" or "claim" or "leave" or "visit" or "visits")))
        {
            return Category.Content;
        }

        // What a reviewer liked and disliked, and the stars they gave ("Review.Pros", "CreateReviewDto.Cons", "Review.Stars"); a
        // hotel's stars are its class.
        if (category is null && (shape == TypeShape.Text && joinedMember is "pros" or "cons" || shape == TypeShape.Number && joinedMember is "stars")
            && container.Kind is "review" or "reviews" or "feedback" or "rating" or "ratings" && !container.IsInfrastructure)
        {
            return Category.Content;
        }

        // A person's licence number after the person ("Destination.PatientLicenseNumber", "SkipperLicenseNumber"): their licence.
        if (category is null && shape == TypeShape.Text && words.Count == 3 && PersonContainers.Contains(words[0]) && words[1] is "license" or "licence"
            && words[2] is "number" or "no" or "num" && !container.IsInfrastructure)
        {
            return Category.GovernmentId;
        }

        // What a person wrote, named after them ("Request.OwnerMessage"); a comment's parent is another comment.
        if (category is null && shape == TypeShape.Text && words.Count == 2 && PersonContainers.Contains(words[0]) && words[0] != "account"
            && words[1] is "message" or "messages" && !container.IsSystemText && !container.IsInfrastructure)
        {
            return Category.Content;
        }

        // A town or a state written as part of an address, on anything but a thing's or an organisation's record
        // ("Questionnaire.AddressTown"; not "InstituteRegisterDto.AddressState").
        if (category is null && shape == TypeShape.Text && words.Count == 2 && words[0] == "address"
            && (AddressRegionWords.Contains(words[1]) || words[1] is "town" or "city") && !container.IsThing && !container.IsInfrastructure
            && !containerWords.Any(ThingContainers.Contains))
        {
            return Category.Location;
        }

        // What a person's dispute, legal concern or case is, as they state it ("LegalNotice.NatureOfLegalConcern",
        // "ProBono.SummaryOfDispute", "CaseDetails"); a relationship's nature is a listed value.
        if (category is null && shape == TypeShape.Text && !container.IsSystemText && !container.IsInfrastructure && !container.IsThing
            && (words.Count >= 3 && words[0] is "nature" or "summary" or "details" or "description" && words[1] == "of"
                    && words[words.Count - 1] is "dispute" or "disputes" or "concern" or "concerns" or "complaint" or "problem" or "grievance"
                        or "assistance" or "claim" or "case" or "incident" or "injury" or "illness"
                || words.Count == 2 && words[0] == "case" && words[1] is "details" or "summary" or "description" or "notes" or "facts"
                    && !containerWords.Any(CaseThingWords.Contains)))
        {
            return Category.Content;
        }

        // A person's identifier at a social sign-in provider, kept as text, is their social account ("FacebookLoginRequest.ID",
        // "GoogleOAuthData.Id").
        if (category is null && shape == TypeShape.Text && joinedMember == "id"
            && containerWords.Any(w => w is "facebook" or "google" or "apple" or "twitter" or "github" or "linkedin" or "microsoft" or "instagram")
            && containerWords.Any(w => w is "login" or "signin" or "oauth" or "auth" or "user" or "profile"))
        {
            return Category.Social;
        }

        // The hash or serial of an authentication token is kept to check the token ("Token.AccessTokenHash",
        // "LoginResultDto.RefreshTokenSerial").
        if (category is null && shape == TypeShape.Text && words.Count >= 3 && words[words.Count - 1] is "hash" or "hashed" or "serial"
            && words[words.Count - 2] == "token" && TokenWords.Contains(words[words.Count - 3]))
        {
            return Category.Credentials;
        }

        // Whom a reservation or a booking is for, by name ("Reservation.ReservedFor").
        if (category is null && shape == TypeShape.Text && joinedMember is "reservedfor" or "bookedfor" && !container.IsThing && !container.IsInfrastructure
            && container.Words.Any(w => BookingKinds.Contains(w)))
        {
            return Category.Name;
        }

        // A person's interests and hobbies kept as text ("ApplicationUser.Interest"); an account's interest is a number.
        if (category is null && shape == TypeShape.Text && joinedMember is "interest" or "interests" or "hobby" or "hobbies"
            && container.IsPerson && !container.IsThing && !container.IsInfrastructure)
        {
            return Category.Behavior;
        }

        // A person's bare "contact" kept as text is how to reach them ("Applicant.appcontact: string", a phone number); typed as a
        // model it is a reference ("Contract.Contact: Contact").
        if (category is null && shape == TypeShape.Text && joinedMember is "contact" or "contactinfo" or "contactinformation" or "contactdetails"
            && container.IsPerson && !container.IsThing && !container.IsInfrastructure)
        {
            return Category.Contact;
        }

        // Whether a person is a citizen of a country ("PersonalData.USCitizen", "IsCitizen"): their nationality, kept as a flag.
        if (category is null && shape == TypeShape.Boolean && words[words.Count - 1] == "citizen" && !container.IsThing && !container.IsInfrastructure)
        {
            return Category.Demographic;
        }

        // The code of an invitation sent to one person ("PatientInvitation.Code", "TherapistInvitationResponse.Code") lets them
        // sign up; an instance's shared invite code does not name anyone.
        if (category is null && shape == TypeShape.Text && joinedMember == "code" && container.Kind is "invitation" or "invite"
            && containerWords.Any(PersonContainers.Contains))
        {
            return Category.Credentials;
        }

        // A person's sleep, however it is measured ("UserProfile.SleepHours", "SleepRecord.Quality", "TotalMinutesAsleep"): health
        // data. A worker's or a retry loop's sleep is a setting ("WorkerOptions.SleepInterval"), not a person's.
        if (category is null && shape != TypeShape.Boolean && !type.IsCodeBaseType && !container.IsThing && !container.IsInfrastructure && !container.IsConstants
            && !words.Any(w => w is "interval" or "timeout" or "delay" or "ms" or "millis" or "milliseconds" or "seconds" or "retry" or "ticks" or "between")
            && !container.IsSettingsLike
            && (words.Any(w => w is "sleep" or "slept" or "asleep" or "sleeping") && (container.IsPerson || container.IsSleepRecord || container.IsMedicalRecord)
                || container.IsSleepRecord && joinedMember is "hours" or "quality" or "duration" or "minutes" or "durationminutes" or "position" or "pattern"
                || container.IsSleepRecord && joinedMember is "from" or "to" or "fromdate" or "todate" or "start" or "end" or "starttime" or "endtime"
                    && !containerWords.Any(w => w is "all" or "filter" or "query" or "search" or "sleeps" or "average" or "avg" or "stats" or "statistics" or "report")))
        {
            return Category.Health;
        }

        // What a person logs of an activity they track ("MeditationSession.Minutes", "WaterIntake.AmountMl", "PhysicalActivity.Date"):
        // their behaviour. An exercise catalogue's name or a plan's steps are things (no measure is read there), and a goal is not
        // what was done.
        if (category is null && shape != TypeShape.Boolean && !type.IsCodeBaseType && !container.IsThing && !container.IsInfrastructure && !container.IsConstants
            && container.IsTrackedActivity
            && (joinedMember is "minutes" or "durationminutes" or "duration" or "steps" or "amountml" or "modality" or "caloriesburned"
                || joinedMember is "date" or "amount" && container.Kind is "session" or "sessions" or "record" or "records" or "log" or "logs" or "entry"
                    or "entries" or "intake" or "intakes" or "activity" or "activities"))
        {
            return Category.Behavior;
        }

        // A person's id at a social network, in the network's user record ("GoogleUserInfo.Id", "FacebookUser.Id": text, not a row key).
        if (category is null && shape == TypeShape.Text && joinedMember is "id" or "sub" && !container.IsThing && !container.IsInfrastructure
            && container.IsSocialUserRecord)
        {
            return Category.Social;
        }

        // The browser and computer a person signs in from ("ApplicationUsers.Browser", ".ComputerName"), like a user agent; an
        // internet café's session is on the café's computer.
        if (category is null && shape == TypeShape.Text && !container.IsThing && !container.IsInfrastructure
            && (joinedMember is "browser" or "browsername" && (container.IsPerson || container.MentionsSession)
                || joinedMember is "computername" or "machinename" && container.IsPerson))
        {
            return Category.Device;
        }

        // What a person records of a condition they live with ("MigraineEntry.Severity", "Seizures.SeizureDateTime",
        // "MigraineEntry.Triggers"): their health, like the condition itself.
        if (category is null && shape != TypeShape.Boolean && !type.IsCodeBaseType && !container.IsThing && !container.IsInfrastructure && !container.IsConstants
            && container.IsConditionDiary
            && joinedMember is "severity" or "intensity" or "trigger" or "triggers" or "posture" or "date" or "datetime" or "starttime" or "endtime" or "duration"
                or "durationminutes" or "notes" or "note" or "medication" or "medications" or "aura" or "pain" or "painlevel")
        {
            return Category.Health;
        }

        // A person's physical condition or mobility ("Participant.PhysicalStatus: PhysicalStatus").
        if (category is null && joinedMember is "physicalstatus" or "physicalcondition" or "mobilitystatus" && shape != TypeShape.Boolean
            && !container.IsThing && !container.IsInfrastructure)
        {
            return Category.Health;
        }

        // A person's handwritten signature kept as an image ("MemberInquiryDetailsModel.Signature: byte[]").
        if (category is null && joinedMember is "signature" or "signatureimage" && type.Element is "byte" or "Byte" && container.IsPerson && !container.IsThing)
        {
            return Category.Image;
        }

        // A person's contact as text after their role ("ReferralDTO.CandidateContact", "PNDTShipmentLogs.senderContact").
        if (category is null && shape == TypeShape.Text && words.Count == 2 && words[1] == "contact" && PersonWords.Contains(words[0])
            && !container.IsThing && !container.IsInfrastructure)
        {
            return Category.Contact;
        }

        // National numbers known by their abbreviations only on a person: Russia's taxpayer and insurance numbers
        // ("UserPersonnelDataDto.INN", ".Snils"; an inn is also a hotel) and Kazakhstan's individual identification number
        // ("PersonViewModel.Iin"; a card's issuer number is not a person's).
        if (category is null && shape == TypeShape.Text && joinedMember is "inn" or "snils" or "iin" && container.IsPerson && !container.IsThing
            && !container.IsInfrastructure)
        {
            return Category.GovernmentId;
        }

        // A person's position as one coordinate pair ("StudentEmergencyViewModel.Coordinate"); a place's is not a person's.
        if (category is null && shape == TypeShape.Text && joinedMember == "coordinate" && container.IsPerson && !container.IsThing && !container.IsInfrastructure)
        {
            return Category.PreciseLocation;
        }

        // Whether a person is of age ("SantaUser.IsAdult", "IsMinor"): their age, kept as a flag; a film's adult flag is a thing's.
        if (category is null && shape == TypeShape.Boolean && joinedMember is "isadult" or "isminor" && !container.IsThing && !container.IsInfrastructure)
        {
            return Category.Demographic;
        }

        // A person's sex kept as a flag ("Person.IsMale", "AddDebtorViewModel._isMale"); an animal's is not (below).
        if (category is null && shape == TypeShape.Boolean && joinedMember is "ismale" or "isfemale" && !container.IsThing && !container.IsInfrastructure)
        {
            return Category.Demographic;
        }

        // A person's birth kept as a date is their birth date ("PersonDTO.Birth: DateOnly?").
        if (category is null && shape == TypeShape.Date && joinedMember == "birth" && !container.IsThing && !container.IsInfrastructure)
        {
            return Category.Demographic;
        }

        // Rules drawn from held-out 74 to 77's and 79's errors (twenty-seventh session).
        // An EF Core navigation property typed as a model is a reference, whatever its name says ("MatchParticipant.ParticipantUsernameNavigation").
        if (words[words.Count - 1] == "navigation" && shape is not (TypeShape.Text or TypeShape.Number or TypeShape.Date or TypeShape.Boolean))
        {
            return null;
        }

        var personLike = container.IsPerson && !container.IsThing && !container.IsInfrastructure;
        var numeric = shape == TypeShape.Number || type.Element is "decimal" or "Decimal" or "double" or "Double" or "float" or "Single";

        // A person's name with the role after it ("InvoiceDTO.NameEmployee", "NameUser"), as some schemas order it.
        if (category is null && shape == TypeShape.Text && words.Count == 2 && words[0] == "name" && PersonContainers.Contains(words[1])
            && words[1] is not ("account" or "profile" or "authentication" or "registration" or "register" or "signup" or "login" or "signin"
                or "logon" or "logup" or "contact") && !container.IsInfrastructure && !container.IsConstants)
        {
            return Category.Name;
        }

        // A sick leave or a sick note says when a person was ill and what the doctor found and advised ("SickLeave.DateFrom",
        // ".Reason", ".Recommendations"): their health, not an absence's behaviour.
        if (category is null && !container.IsThing && !container.IsInfrastructure && !container.IsConstants
            && containerWords.Any(w => w is "sick" or "sickness" or "sickleave" or "sicknote")
            && (shape == TypeShape.Date && words.Any(w => w is "from" or "to" or "start" or "end" or "until")
                || shape == TypeShape.Text && joinedMember is "reason" or "reasons" or "recommendation" or "recommendations" or "diagnosis" or "note"
                    or "notes" or "remarks"))
        {
            return Category.Health;
        }

        // A commercial driver's licence ("EmployeeDto.CDLNumber", ".CDLExpirationDate"): a licence a state issues to a person.
        if (category is null && words.Count >= 2 && words[0] == "cdl" && shape is TypeShape.Text or TypeShape.Date && !container.IsThing
            && !container.IsInfrastructure && IdentityDocumentParts.Contains(string.Concat(words.Skip(1))))
        {
            return Category.GovernmentId;
        }

        // What is deducted from a person's pay ("PayrollReportDto.TaxDeductions"), like the pay itself.
        if (category is null && numeric && words[words.Count - 1] is "deduction" or "deductions" && !container.IsInfrastructure
            && containerWords.Any(w => w is "payroll" or "payslip" or "payslips" or "salary" or "salaries" or "wage" or "wages" or "paycheck" or "paystub"))
        {
            return Category.Financial;
        }

        // A person's medical status, and whether they have a disease or a disability, kept as a flag ("User.MedicalStatus",
        // "User.IsHaveDiseases").
        if (category is null && !container.IsThing && !container.IsInfrastructure
            && (shape == TypeShape.Text && joinedMember == "medicalstatus" && container.IsPerson
                || shape == TypeShape.Boolean && words.Count >= 2 && words[0] is "is" or "has" or "have"
                    && words.Any(w => w is "disease" or "diseases" or "illness" or "illnesses" or "disability" or "disabilities")))
        {
            return Category.Health;
        }

        // A person's hearing or sight impairment, as text or a flag ("Candidate.Deaf").
        if (category is null && shape is TypeShape.Text or TypeShape.Boolean && personLike
            && joinedMember is "deaf" or "dumb" or "blind" or "deafness" or "blindness" or "hearingimpaired" or "visuallyimpaired" or "isdeaf" or "isblind")
        {
            return Category.Health;
        }

        // A candidate's or a student's index number ("CandidateScores.IndexNo"), their middle initial ("Student.MI") and the id
        // they sign in with ("BannerStudent.LoginId", as text).
        if (category is null && shape == TypeShape.Text && personLike)
        {
            if (joinedMember is "indexno" or "indexnumber" or "indexnum")
            {
                return Category.UniqueId;
            }

            if (member is "MI" or "Mi")
            {
                return Category.Name;
            }

            if (joinedMember is "loginid" or "logonid" or "signinid")
            {
                return Category.Account;
            }
        }

        // What a person writes to justify a petition, an appeal or a grievance ("RegistrationPetition.ExceptionReason").
        if (category is null && shape == TypeShape.Text && words.Count <= 2 && words[words.Count - 1] is "reason" or "reasons" or "justification" or "explanation"
            && containerWords.Any(w => w is "petition" or "petitions" or "appeal" or "appeals" or "grievance" or "grievances")
            && !container.IsSystemText && !container.IsInfrastructure && !container.IsConstants)
        {
            return Category.Content;
        }

        // What a person spent and holds in their wallet ("AdminUserModel.AmountSpent", "Users.Wallet").
        if (category is null && numeric && personLike
            && (words.Contains("spent") || joinedMember is "wallet" or "walletbalance" or "walletamount"))
        {
            return Category.Financial;
        }

        // A person's social media links, numbered or not ("ArtistModel.SocialMediaLink1"); an organisation's are its own.
        if (category is null && shape == TypeShape.Text && !container.IsThing && !container.IsInfrastructure && !containerWords.Any(OrganisationWords.Contains)
            && joinedMember.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') is "socialmedialink" or "socialmeidalink" or "socialmediaurl"
                or "socialmediahandle" or "socialmediaaccount" or "socialmedialinks" or "sociallink" or "sociallinks")
        {
            return Category.Social;
        }

        // A house number or a postal code on an address of its own ("Adres.numer", Polish: the address's number).
        if (category is null && shape == TypeShape.Text && container.Kind is "address" && joinedMember is "number" or "no" or "nr" or "code"
            && !container.IsThing && !container.IsInfrastructure)
        {
            return Category.Contact;
        }

        // When a person died, however it is named ("RptClaimOutreachSearch.member_death", "DateOfDeath").
        if (category is null && shape == TypeShape.Date && !container.IsThing && !container.IsInfrastructure && !words.Contains("last")
            && (words[words.Count - 1] is "death" or "died" || joinedMember.Contains("deathdate") || joinedMember.Contains("dateofdeath")
                || joinedMember.Contains("diedon")))
        {
            return Category.Demographic;
        }

        return category switch
        {
            null => null,

            // Animals are not data subjects: an animal's or a breed's age, sex, health and photo are not a person's ("BreedResponse.SpecialNeeds").
            _ when container.IsAnimal && category is Category.Demographic or Category.Health or Category.Image or Category.Name => null,

            // A flag about data is not the data ("HideEmail", "EnableLocalPassword"), unless it states consent or health.
            // A person's sex kept as a flag is still their sex ("StaffIndexViewModel.gender: bool?"); a room's is not.
            _ when shape == TypeShape.Boolean => category is Category.PrivacyPreferences or Category.Health
                || category == Category.Demographic && container.IsPerson && !container.IsThing && joinedMember is "gender" or "sex" ? category : null,

            // A date is personal only as a birth date or a card's expiry ("ExpirationDate" of a licence is not).
            _ when shape == TypeShape.Date => category is Category.Demographic or Category.Children or Category.Payment or Category.Behavior
                or Category.GovernmentId || category == Category.Health && words.Any(w => w is "death" or "deceased" or "recovery" or "recovered"
                    or "vaccination" or "vaccinated" or "diagnosis" or "diagnosed" or "dod" or "sick" or "sickness" or "illness") ? category : null,

            // A role or a person's note is a name or a text only as text ("Course.Teacher: Teacher" is a reference, FHIR's
            // "_Note: List<Annotation>" a model).
            _ when category is Category.Name or Category.Content && shape != TypeShape.Text
                && (words.Count == 1 && RoleNames.Contains(words[0]) || words.Count == 2 && TextRoleHeads.Contains(words[1])
                    || words[words.Count - 1] is "note" or "notes") => null,

            // A person or an address header typed with a type of the code base is a reference to a model ("ConversationPart.author:
            // Author", "AdminConversationMessage.from: From"); an enum of the code base still names a category ("Gender").
            _ when category is Category.Name or Category.Contact && words.Count == 1 && type.IsCodeBaseType
                && (RoleNames.Contains(words[0]) || MailAddressMembers.Contains(words[0]) || words[0] is "author" or "commenter" or "poster" or "name") => null,

            // "<role> person" is a name only as text ("Supplier.ContactPerson: string"; not "ContactPerson: Contact").
            _ when category == Category.Name && shape != TypeShape.Text && words.Count == 2 && words[1] == "person" => null,

            // A name or a health word typed with a type of the code base named after it is a model of its own, labelled through its
            // members ("Passenger.FullName: FullName" with first and last name, "OrderDetail.drug: Drug" of a catalogue); an enum
            // of a person's attribute still counts ("Gender: Gender"), and so does a value object of a contact ("Email: Email").
            // Also in the plural or qualified ("HeartRateZones: List<HeartRateZone>", "CustomHeartRateZones").
            _ when category is Category.Name or Category.Health or Category.Image or Category.Content && type.IsCodeBaseType && type.Element is not null
                && IsNamedAfter(member, type.Element) => null,

            // A collection of a model named after it is that model's rows, whatever the name would say ("UserDetail.UserPasswordResets:
            // ICollection<UserPasswordResets>", "Artist.Inbox: List<Inbox>", "StudentDetails.Attendance: List<StudentAttendance>").
            _ when type.IsCodeBaseType && type.Element is not null && (type.Name?.Contains('<') == true || type.Name?.EndsWith("[]", StringComparison.Ordinal) == true)
                && (IsNamedAfter(member, type.Element) || EndsWithMember(type.Element, member)) => null,

            // So is an identity document typed as its own model ("MainViewModel._selectedPassport: Passport?"): its series and
            // number carry the label.
            _ when category == Category.GovernmentId && type.IsCodeBaseType && type.Element is not null && IsNamedAfter(member, type.Element)
                && new ContainerFacts(type.Element).IsIdentityDocument => null,

            // The options of a drop-down list (ASP.NET MVC's SelectListItem) are a form's, whatever they list ("OrphanNames:
            // List<SelectListItem>?").
            _ when type.Element is "SelectListItem" or "SelectList" or "MultiSelectList" => null,

            // A signature kept as anything but text is an image or a key, not a typed name.
            _ when category == Category.Name && words[words.Count - 1] == "signature" && shape != TypeShape.Text => null,

            // A name or a health word typed with a model of the code base named after it, behind a qualifier, is that model's list
            // ("ClientBloodPressure.StaffName: ICollection<BloodPressureStaffName>", "Employee.ChronicDiseases:
            // List<EmployeeChronicDisease>"): its members carry the label.
            _ when category is Category.Name or Category.Health && type.IsCodeBaseType && type.Element is not null
                && EndsWithMember(type.Element, member) => null,

            // A serial number kept as a whole number is a row's sequence number ("TeacherSalary.SerialNo: Int64"); a device's is its identifier.
            _ when category == Category.DeviceId && shape == TypeShape.Number && !DeviceContainers.Contains(container.Kind) && words[0] is "serial" or "sl" => null,

            // A bare "User", "Account" or "Login" is a user name only as text ("User.Account: Account?", "TwoFactorSms.Login: Login?"
            // are references).
            _ when category == Category.Account && words.Count == 1 && words[0] is "user" or "account" or "login" && shape != TypeShape.Text => null,

            // A generic text member read as an authored text is a link when typed as one ("Content.Source: Uri").
            _ when category == Category.Content && shape == TypeShape.Value && words.Count == 1 && AuthoredTextMembers.Contains(words[0]) => null,

            // "<person> number" as a whole number counts people or numbers rows ("HostOffer.TravelerNumber: int?",
            // "Child.ChildNumber: int"); a person's number as text stays ("Member.MemberNumber: string").
            _ when category == Category.UniqueId && shape == TypeShape.Number && words.Count == 2 && words[1] is "number" or "num"
                && !ExactNames.ContainsKey(joinedMember) && (PersonWords.Contains(words[0]) || PersonContainers.Contains(words[0])
                    || words[0].EndsWith("s", StringComparison.Ordinal) && PersonWords.Contains(words[0].Substring(0, words[0].Length - 1))) => null,

            // A Guid, or a number named "…Id", is a row key; a device's or a student's identifier is text.
            _ when shape == TypeShape.Guid => null,

            // A number named by a key-column convention refers to another row ("UserNum: long", "EmailHostingFK", "UserKey: int");
            // a number that is itself the data stays ("PhoneNo: long", "AccountNo: long").
            _ when shape == TypeShape.Number && KeyColumnWords.Contains(words[words.Count - 1])
                && !(words[words.Count - 1] is "num" or "no" or "nr"
                    && category is Category.Contact or Category.GovernmentId or Category.Financial or Category.Payment or Category.DeviceId) => null,
            _ when shape == TypeShape.Number && words[words.Count - 1] is "id" or "ids" => null,

            // A clinical trial's age and sex are its eligibility criteria, not a person's ("Trial.Age", "TrialUpload.Sex").
            _ when category == Category.Demographic && container.Words.Any(w => w is "trial" or "trials") && !container.IsPerson
                && joinedMember is "age" or "sex" or "gender" => null,

            // A job post's looks and age are what it asks for, not a person's ("JobPostQueryParamArg.EyeColor").
            _ when category is Category.Demographic or Category.Health && containerWords.Contains("job")
                && containerWords.Any(w => w is "post" or "posts" or "posting" or "postings" or "vacancy" or "vacancies" or "opening" or "openings") => null,

            // A picture kept as a whole number is a flag or a count ("ProfileViewModel.show_pic: int?").
            _ when category == Category.Image && shape == TypeShape.Number => null,

            // A nationality as a whole number is a key of a list of countries ("NewEmployee.Nationality: int").
            _ when category == Category.Demographic && shape == TypeShape.Number && joinedMember is "nationality" or "citizenship" or "ethnicity"
                or "religion" => null,

            // A location as a whole number is a code of a list, not a position ("Candidate.Location: int?").
            _ when category is Category.Location or Category.PreciseLocation && shape == TypeShape.Number => null,

            // A region typed as an entity is a lookup row ("OrderAddress.StateOrProvince: StateOrProvince").
            _ when category == Category.Location && shape == TypeShape.Value => null,
            _ => category,
        };
    }

    // A person's record, or a record named by a person word glued to a verb ("Customerinsert", "StaffInsert").
    private static bool IsGluedPersonRecord(ContainerFacts container) =>
        container.Name.Length > 0 && !container.IsThing && !container.IsInfrastructure
        && (container.IsPerson || container.Words.Count > 0 && PersonContainers.Any(p => p.Length >= 4 && container.Words[0].StartsWith(p, StringComparison.Ordinal)));

    // "era_contactfirstname" → era, contact, firstname: a lower-case word glued from a person word and a known name or concept
    // word is split (no dictionary: only the person words above, and only when the rest is known).
    private static void SplitGlued(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length < 8 || ExactNames.ContainsKey(word))
            {
                continue;
            }

            foreach (var role in GluedPersonWords)
            {
                if (word.Length > role.Length + 2 && word.StartsWith(role, StringComparison.Ordinal))
                {
                    var rest = word.Substring(role.Length);
                    if (ExactNames.ContainsKey(rest) || PersonalSuffixes.ContainsKey(rest) || rest is "number" or "fax")
                    {
                        words[i] = role;
                        words.Insert(i + 1, rest);
                        break;
                    }
                }
            }
        }
    }

    // A column prefix abbreviating its own table ("Applicant.appemail", "Admin.admpwd", "Employee.EmpName", DB-first naming):
    // the rest is the member. Only a short prefix (three or four letters) that abbreviates a person word of the container's
    // name (at least two letters shorter: "Tasks.TaskName" is no abbreviation; see IsAbbreviation), or that is a three-letter
    // word of a person's record ("AdminAppDetails.appname"), and only when the rest is a known name other than "age"
    // ("message", "package", "village").
    private static void DropContainerAbbreviation(List<string> words, ContainerFacts container)
    {
        var sources = container.AbbreviationSources;
        if (sources.Count == 0)
        {
            return;
        }

        var first = words[0];
        if (words.Count == 1)
        {
            if (first.Length < 6 || ExactNames.ContainsKey(first) || container.Words.Contains(first))
            {
                return;
            }

            foreach (var source in sources)
            {
                for (var length = 3; length <= 4; length++)
                {
                    if (IsAbbreviation(length, source) && string.CompareOrdinal(first, 0, source, 0, length) == 0)
                    {
                        var rest = first.Substring(length);
                        if (rest != "age" && (ExactNames.ContainsKey(rest) || PersonalSuffixes.ContainsKey(rest) || rest == "contact"))
                        {
                            words[0] = rest;
                            return;
                        }
                    }
                }
            }

            return;
        }

        if (first.Length is 3 or 4 && !ExactNames.ContainsKey(first) && !PersonWords.Contains(first) && !Qualifiers.Contains(first)
            && words.Count == 2 && (ExactNames.ContainsKey(words[1]) || PersonalSuffixes.ContainsKey(words[1]))
            && words[1] != "age" && sources.Any(w => w.StartsWith(first, StringComparison.Ordinal) && IsAbbreviation(first.Length, w)))
        {
            words.RemoveAt(0);
        }
    }

    // A payment gateway's "bill to" and "ship to" fields (CyberSource's "req_bill_to_email") are the billing and shipping party's.
    private static void JoinPaymentRoles(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is "bill" or "ship" && words[i + 1] == "to")
            {
                words[i] = words[i] == "bill" ? "billing" : "shipping";
                words.RemoveAt(i + 1);
            }
        }
    }

    // Only a person word is abbreviated so (ContainerFacts.AbbreviationSources): an organisation's, a document's or a thing's
    // abbreviation is theirs ("AlreadyOrganizationMember.OrgName", "EditableUserDocumentViewModel.DocName"); a three-letter word of
    // the container counts only on a person's record ("AdminAppDetails.appname", not "CipherSSHKeyModel.KeyFingerprint"), and a
    // prefix is at least two letters shorter than the word it abbreviates ("Tasks.TaskName" is none).
    private static bool IsAbbreviation(int length, string source) =>
        source.Length >= length + 2 || source.Length == 3 && length == 3;

    // Exact names long enough to be recognised through a common misspelling ("NationalInsurenceNumber", "EmailAdress"), in a
    // fixed order so that the answer does not depend on the dictionary's.
    private static readonly string[] LongExactNames = ExactNames.Keys.Where(k => k.Length >= MisspellingMinimumLength)
        .OrderBy(k => k, StringComparer.Ordinal).ToArray();

    private const int MisspellingMinimumLength = 12;

    private static bool TryMisspelledExactName(string joined, out Category category)
    {
        category = default;
        if (joined.Length < MisspellingMinimumLength)
        {
            return false;
        }

        string? found = null;
        foreach (var name in LongExactNames)
        {
            if (name[0] == joined[0] && Math.Abs(name.Length - joined.Length) <= 1 && IsOneEditApart(name, joined))
            {
                if (found is not null && ExactNames[found] != ExactNames[name])
                {
                    return false;
                }

                found = name;
            }
        }

        if (found is null)
        {
            return false;
        }

        category = ExactNames[found];
        return true;
    }

    // A misspelling, not another word: one vowel written as another ("insurence"), or a doubled letter written once or a
    // single one twice ("adress", "appartment"). Any other one-letter difference is as often a word of its own
    // ("employer" and "employee", "contract" and "contact").
    private static bool IsOneEditApart(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return i < a.Length && IsVowel(a[i]) && IsVowel(b[i]) && string.CompareOrdinal(a, i + 1, b, i + 1, a.Length - i - 1) == 0;
        }

        // b has one letter more, at i: a doubled letter when it repeats its neighbour.
        return (i > 0 && b[i] == b[i - 1] || i + 1 < b.Length && b[i] == b[i + 1])
            && string.CompareOrdinal(a, i, b, i + 1, a.Length - i) == 0;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // Whether a member is named after its own type, maybe in the plural or behind a qualifier ("FullName: FullName",
    // "HeartRateZones: List<HeartRateZone>", "CustomHeartRateZones"): compared in place, without allocating.
    private static bool IsNamedAfter(string member, string element)
    {
        var start = 0;
        while (start < member.Length && member[start] == '_')
        {
            start++;
        }

        return EndsWithTypeName(member, start, member.Length, element)
            || member.Length - start > element.Length && member[member.Length - 1] is 's' or 'S'
                && EndsWithTypeName(member, start, member.Length - 1, element);
    }

    // The type's name is longer than the member's and ends with it, maybe in the singular ("BloodPressureStaffName" for
    // "StaffName", "EmployeeChronicDisease" for "ChronicDiseases").
    private static bool EndsWithMember(string element, string member)
    {
        var length = member.Length > 1 && member[member.Length - 1] is 's' or 'S' && !element.EndsWith(member, StringComparison.OrdinalIgnoreCase)
            ? member.Length - 1 : member.Length;
        return element.Length > length
            && string.Compare(element, element.Length - length, member, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    // The member (from start to end) is the type's name, or ends with it after a qualifier ("Custom" + "HeartRateZone").
    private static bool EndsWithTypeName(string member, int start, int end, string element)
    {
        var at = end - element.Length;
        return at >= start && string.Compare(member, at, element, 0, element.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (at == start || element.Length >= 4 && char.IsUpper(member[at]));
    }

    // Numbered fields and abbreviated name words: "Email2", "GivenName3", "Given1Nm" → email; given, name. A digit is dropped
    // only when the word with it is not a known name ("AddressLine1", "Last4", "Cvv2" keep theirs).
    private static void Normalize(List<string> words)
    {
        var numbered = false;
        for (var i = 0; i < words.Count && !numbered; i++)
        {
            var word = words[i];
            numbered = word.Length > 3 && char.IsDigit(word[word.Length - 1]) || word == "nm";
        }

        if (!numbered || ExactNames.ContainsKey(string.Concat(words)))
        {
            return;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var end = word.Length;
            while (end > 0 && char.IsDigit(word[end - 1]))
            {
                end--;
            }

            if (end >= 3 && end < word.Length && char.IsLetter(word[0]) && !ExactNames.ContainsKey(word) && !PersonalSuffixes.ContainsKey(word))
            {
                words[i] = word = word.Substring(0, end);
            }

            if (word == "nm" && i > 0 && words[i - 1] is "given" or "first" or "last" or "sur" or "middle" or "family" or "full")
            {
                words[i] = "name";
            }
        }
    }

    // The container of a concept read from a container's own name: none.
    private static readonly ContainerFacts NoContainer = new(string.Empty);

    private static Category? ClassifyWords(ContainerFacts container, List<string> original)
    {
        var containerWords = container.Words;
        var words = new List<string>(original);

        // Drop units behind and qualifiers in front: the concept is what remains ("VerifiedName" is a concept of its own;
        // "LastNameHeb" is a last name, in Hebrew).
        while (words.Count > 1 && Units.Contains(words[words.Count - 1]) && !ExactNames.ContainsKey(string.Concat(words)))
        {
            words.RemoveAt(words.Count - 1);
        }

        while (words.Count > 1 && Qualifiers.Contains(words[0]) && !ExactNames.ContainsKey(string.Concat(words)))
        {
            words.RemoveAt(0);
        }

        // A next of kin is a person ("Student.NextOfKinNumber", "NextOFKinName"): the three words are one person word.
        var kinAt = words.IndexOf("kin");
        if (kinAt >= 2 && words.Count > kinAt + 1 && words[kinAt - 1] == "of" && words[kinAt - 2] == "next")
        {
            words.RemoveRange(kinAt - 2, 2);
        }

        // "<data> for <purpose>": the data is the head ("AccessibilityNeedsForEvent", "EmailForNotifications").
        var forAt = words.IndexOf("for");
        if (forAt > 0)
        {
            words.RemoveRange(forAt, words.Count - forAt);
        }

        var joined = string.Concat(words);
        var last = words[words.Count - 1];
        var before = words.Take(words.Count - 1).ToList();
        var isPerson = container.IsPerson;
        var isThing = container.IsThing;
        var isInfrastructure = !isPerson && container.IsInfrastructure;
        var kind = container.Kind;
        var isCard = CardContainers.Contains(kind);
        var isDevice = DeviceContainers.Contains(kind);
        var isAddress = container.IsAddress;
        var hasRole = before.Any(w => PersonWords.Contains(w) && !(isThing && last != "name" && AddressRoles.Contains(w))) && !ExactNames.ContainsKey(joined);

        // Infrastructure: a server's address or an SMTP password is not a person's; a consent setting still is.
        if (isInfrastructure && (!hasRole || last is "address" or "url" or "uri" or "endpoint"))
        {
            return ExactNames.TryGetValue(joined, out var preference) && preference == Category.PrivacyPreferences ? preference : null;
        }

        // ASP.NET's template for external sign-in providers ("ExternalLoginViewModel.Name", ".Url", ".State"): the provider's name,
        // its challenge link and the OAuth state, not a person's.
        if (container.IsExternalLogin && joined is "name" or "url" or "state" or "displayname" or "providerdisplayname")
        {
            return null;
        }

        // A person's ethnicity, sex or marital status kept as a code ("WitnessContacts.EthnicityCode") or, on the person's record,
        // as the name of a listed value ("MemberInquiryDetailsModel.SexTypeName", ".MaritalStatusName", "AlPop.nationalityDesc");
        // the list's own rows ("MaritalStatusMaster.MaritalStatusName", "Allergy.AllergyName") are not a person's.
        if (words.Count >= 2 && !isThing && !isInfrastructure && words[0] != "birth" && !(words.Count == 2 && words[0] == "age")
            && (last == "code" || last is "name" or "desc" or "description" && isPerson && !container.Words.Contains(words[0]))
            && ExactNames.TryGetValue(string.Concat(words.Take(words.Count - 1).Where(w => w != "type")), out var coded) && coded == Category.Demographic)
        {
            return Category.Demographic;
        }

        // Names in reverse ("Member.nameFirst", "NameLast"), as some schemas write them.
        if (words.Count == 2 && words[0] == "name" && last is "first" or "last" or "middle" or "given" or "family" && !isThing && !isInfrastructure)
        {
            return Category.Name;
        }

        // A key written id first ("ClassAttendance.idAttendance", "idUsuario"), unless it is an identity number ("idNumber").
        if (original.Count == 2 && original[0] == "id" && original[1] is not ("number" or "no" or "num" or "card" or "proof" or "document" or "type"
            or "token" or "tokens" or "tag" or "photo" or "image" or "front" or "back" or "scan"))
        {
            return null;
        }

        // Where a ride or a booking picks a person up or drops them off ("RideDetail.PickupLocation", "RideBooking.DropoffAddress").
        if (last is "address" or "location" && !isThing && !isInfrastructure
            && (words.Count == 2 && words[0] is "pickup" or "dropoff" or "destination" || words.Count == 3 && (words[0] == "pick" && words[1] == "up" || words[0] == "drop" && words[1] == "off")))
        {
            return Category.Contact;
        }

        // A GUID in the name is an identifier of a row or a message, not the data around it ("GuidMessageToMobile", "ShortGuidEmail").
        if (original.Any(w => w is "guid" or "uuid" or "guids"))
        {
            return null;
        }

        // An e-mail address's hash or digest (a Gravatar hash) is a pseudonym of the address; a person's bare Hash is one too.
        if (words.Count == 2 && words[0] is "email" or "mail" or "gravatar" && last is "hash" or "digest" or "md5" or "sha" or "sha256"
            || joined is "gravatar" or "gravatarhash"
            || joined == "hash" && isPerson && !isThing && !container.HasContent)
        {
            return Category.UniqueId;
        }

        // The subject or body of an e-mail is its text, not its address ("EmailSubj", "EmailBody"): a person's message's only.
        if (words.Count >= 2 && words[0] is "email" or "mail" && last is "subject" or "subj" or "body" or "signature" or "footer")
        {
            return container.HasContent && !container.IsSystemText && !isThing ? Category.Content : null;
        }

        // Inside a card: the holder's name, the expiry, the fingerprint.
        if (isCard)
        {
            switch (joined)
            {
                case "name" or "holdername" or "cardholdername":
                    return Category.Name;
                case "fingerprint" or "exp" or "expiry" or "expiration" or "expirydate" or "expirationdate" or "number":
                    return Category.Payment;
                case "pin" or "validity" or "validitydate" or "validthru" or "validuntil" or "expdate":
                    // A card's PIN and its validity, however named ("FuelCard.Pin", "FuelCard.ValidityDate").
                    return Category.Payment;
            }
        }

        // The mask of a card or a person's account is the last digits of its number ("AccountAssets.Mask"); an organisation's is not.
        if (joined is "mask" or "masknumber" or "maskednumber" && !isThing)
        {
            if (isCard)
            {
                return Category.Payment;
            }

            if (container.IsAccount)
            {
                return Category.Financial;
            }
        }

        // A person's credit score and the reason codes behind it ("…FicoScore.Score", ".ReasonCode1").
        if (container.IsCreditScore && (joined is "score" or "scores" or "value" || words[0] == "reason" && words.Count == 2 && last.StartsWith("code", StringComparison.Ordinal)))
        {
            return Category.Financial;
        }

        // On a patient's record, the names of their allergies, medications, treatments and vitals and their chronic medication
        // ("PatientsDisplayViewModel.AllergyName", "PatientScriptViewModel.MedicationName", "Patient_Vitals.PatientVitalsValue");
        // the same names on a master table ("Allergy.AllergyName") are a catalogue's.
        if (container.IsMedicalRecord && !isInfrastructure && (last is "vitals" || words.Count >= 2)
            && (last is "vitals" || last is "value" or "values" && words[words.Count - 2] is "vital" or "vitals"
                || last == "name" && words[words.Count - 2] is "allergy" or "allergies" or "medication" or "medications" or "treatment"
                    or "treatments" or "diagnosis" or "illness" or "disease"
                || words[words.Count - 2] is "chronic" or "current" && last is "medication" or "medications" or "illness" or "illnesses" or "disease" or "diseases"))
        {
            return Category.Health;
        }

        // The parts of a person's name ("IndividualScreeningHitNames.Full", "HumanName.Family").
        if (container.IsPersonName && joined is "full" or "first" or "last" or "middle" or "given" or "family" or "maiden" or "display"
            or "formatted" or "text")
        {
            return Category.Name;
        }

        // Inside a device: its name and identifier.
        if (isDevice)
        {
            switch (joined)
            {
                case "name" or "displayname" or "devicename":
                    return Category.Device;
                case "identifier" or "deviceid" or "deviceidentifier" or "serialnumber" or "serial":
                    return Category.DeviceId;

                // Where it was last seen: a device a person carries locates the person ("RegisteredDevice.LastKnownLocation").
                case "location" or "lastknownlocation" or "lastlocation" or "knownlocation":
                    return Category.PreciseLocation;
            }
        }

        // A person's user principal name, their directory sign-in ("AttendeeDto.EmployeeUpn"); a task's assignee's is not named after
        // a person.
        if (last == "upn" && before.Count > 0 && before.All(PersonWords.Contains) && !isThing && !isInfrastructure)
        {
            return Category.Account;
        }

        // What a device says of itself, as a user agent would ("RegisteredDevice.DeviceModel", "DeviceRegistrationRequest.OperatingSystem").
        if (!isThing && !isInfrastructure && container.MentionsDevice
            && joined is "devicemodel" or "os" or "operatingsystem" or "osversion" or "osname")
        {
            return Category.Device;
        }

        // One-time codes and second factors.
        var isSecondFactor = container.IsSecondFactor;
        if (joined is "code" or "secretkey" or "key" or "secret" or "digest" or "sharedkey" or "authenticatoruri" && isSecondFactor)
        {
            return Category.Credentials;
        }

        // A one-time PIN of a confirmation or a second factor ("EmailConfirmationPin.Pin", "SmsVerificationPin"); a postal PIN is not.
        if (last == "pin" && (words.Count == 1 ? isSecondFactor || container.IsConfirmation : before.Any(OneTimeCodeWords.Contains) || before.Contains("confirmation")))
        {
            return Category.Credentials;
        }

        // An OAuth client is an application, not a person ("OAuthAuthorizeConsentResponse.ClientName").
        if (container.IsOAuth && before.Contains("client"))
        {
            return null;
        }

        // A respondent's recorded answer in a survey interview ("InterviewMultiOptionQuestion.Answer", ".ProtectedAnswer").
        if (container.IsInterview && last == "answer" && (before.Count == 0 || before.All(Qualifiers.Contains)))
        {
            return Category.Content;
        }

        // A typed signature on a form a person signs ("DisclaimerModel.Signature") is their name.
        if (container.IsSignedForm && joined is "signature" or "signaturename" or "signedby" or "typedsignature")
        {
            return Category.Name;
        }

        // The authorization code or token of a person's OAuth exchange ("OAuthTokenForm.Code", "OAuthRevokeForm.Token").
        if (container.IsOAuth && !isThing && joined is "code" or "token")
        {
            return Category.Credentials;
        }

        // A one-time code sent to a person ("SmsVerificationCode", "ResetCode"); an error or country code is not.
        if (last == "code" && before.Count > 0 && before.Any(OneTimeCodeWords.Contains) && !before.Any(ThingNameWords.Contains))
        {
            return Category.Credentials;
        }

        // A one-time password held as a number ("UserOTP.OTPNumber"); a verification's reference number is not the code.
        if (last == "number" && before.Count > 0 && before.All(w => w is "otp" or "totp" || Qualifiers.Contains(w)) && before.Any(w => w is "otp" or "totp"))
        {
            return Category.Credentials;
        }

        // A user's token record, ASP.NET Core Identity's ("AspNetUserTokens.Value") or a refresh token's ("UserRefreshToken.Code"):
        // the value or code authenticates the user, the name names the token.
        if (container.IsUserTokens)
        {
            if (joined is "value" or "code")
            {
                return Category.Credentials;
            }

            if (joined is "name" or "loginprovider" or "provider")
            {
                return null;
            }
        }

        // The code a person was sent by text message or mail, kept on its own record ("PhoneCodeEntity.Code", "SmsCode.Code"); a
        // country's dialling code is not.
        if (container.IsCodeSentToPerson && joined == "code" && !isThing && !isInfrastructure)
        {
            return Category.Credentials;
        }

        // A client's contraindications (a massage or treatment intake form, "ContraIndications.HeartDisease"): each is health data.
        if (!isThing && !isInfrastructure && container.IsContraIndications
            && last is not ("id" or "ids" or "key" or "version" or "at" or "on" or "date" or "created" or "updated"))
        {
            return Category.Health;
        }

        // A person's signature typed as a name on a form ("StaffSignature", "ClientSignature"); as an image it is not read as one.
        if (words.Count == 2 && last == "signature" && PersonWords.Contains(words[0]) && !isInfrastructure)
        {
            return Category.Name;
        }

        // A fingerprint's or a face's template: the biometric itself ("FingerPrint.Template").
        if (!isThing && !isInfrastructure && container.IsBiometricRecord
            && joined is "template" or "templates" or "minutiae" or "data" or "image")
        {
            return Category.Biometric;
        }

        // An eye prescription on a person's record ("Customer.GLCylinder", ".RAxis", ".PreGRPrizma"): the optical values are
        // health data; an axis or a sphere elsewhere is geometry.
        if (isPerson && !isThing && !isInfrastructure && before.Count <= 2 && last is "cylinder" or "axis" or "prism" or "prizma" or "sphere")
        {
            return Category.Health;
        }

        // What a person writes through a "contact us" form ("ContactUsAdd.Subject", ".Content").
        if (container.IsContactUsForm && joined is "subject" or "message" or "content" or "body" or "text" or "comment")
        {
            return Category.Content;
        }

        // The subject of an OpenID Connect user-info response: the person's identifier at the provider ("GoogleUserInfo.Sub").
        if (joined == "sub" && container.IsUserInfo && !isInfrastructure)
        {
            return Category.UniqueId;
        }

        // A person's identifier at a sign-in provider kept as text ("UserProfile.FirebaseUserId", "OktaId").
        if (words.Count >= 2 && words[0] is "firebase" or "auth0" or "okta" or "cognito" or "keycloak" or "entra"
            && last is "id" or "uid" or "userid" or "sub" or "subject" && !isThing && !isInfrastructure)
        {
            return Category.UniqueId;
        }

        // A person's vital signs ("VitalSigns.Temperature"): the measurements are health data, the activity a tracker counts
        // (steps, calories) is behaviour, as on a fitness tracker's summary; an exercise log's counts likewise.
        if (!isThing && !isInfrastructure && (container.IsVitalSigns || container.IsExerciseLog))
        {
            // An exercise log's minutes and steps are the same kind of count ("ExerciseEntry.Minutes").
            if (joined is "steps" or "calories" or "activitylevel" or "activity" or "caloriesburned" or "minutes" or "duration")
            {
                return Category.Behavior;
            }

            // Only a vital signs record's weight is the person's (a workout's is what was lifted).
            if (joined is "temperature" or "pulse" or "weight" or "height" or "glucose" or "respiration" or "oxygen" or "oxygenlevel"
                && container.IsVitalSigns)
            {
                return Category.Health;
            }
        }

        // What a claimant states in an insurance claim, and what its reviewer notes about it ("SubmitClaimDto.Description",
        // "ReviewClaimDto.ReviewNotes"); an identity claim ("UserClaim", "RoleClaim") holds no text of that kind.
        if (container.IsInsuranceClaim && !isThing && !isInfrastructure && !isPerson
            && joined is "description" or "details" or "notes" or "reviewnotes" or "reviewernotes" or "documentpath" or "documenturl"
                or "incidentdescription" or "statement")
        {
            return Category.Content;
        }

        // A clinical result's own text ("LaboratoryReport.Report", "LabResult.Result").
        if (container.IsClinicalResult && joined is "report" or "result" or "results" or "findings" or "interpretation" or "labresult" or "testresult")
        {
            return Category.Health;
        }

        // A person's medication or prescription: its note, dose and frequency ("Medication.Note", "PrescriptionItem.Frequency").
        if (container.IsMedication && joined is "note" or "notes" or "remark" or "remarks" or "dose" or "dosage" or "frequency" or "instructions"
            or "directions")
        {
            return Category.Health;
        }

        // A token that authenticates someone ("SessionToken", "SigninToken", "ResetToken").
        if (last is "token" or "tokens" && before.Any(TokenWords.Contains) && !before.Any(ThingNameWords.Contains))
        {
            return Category.Credentials;
        }

        // How a person's work was rated in a performance review ("ActualsSummaryReportModel.PerformanceRating", "ProjectedPerformanceScore").
        if (words.Contains("performance") && last is "rating" or "ratings" or "review" or "score" or "grade" && !isThing && !isInfrastructure)
        {
            return Category.Behavior;
        }

        // A person's contact number with the person in front ("MotherDetail.fatherContactNo", "GuardianContactNumber").
        if (last == "contact" && before.Count > 0 && PersonWords.Contains(before[before.Count - 1]) && !isThing && !isInfrastructure
            && original.Count > words.Count && original[original.Count - 1] is "no" or "nr" or "num" or "number" or "nbr")
        {
            return Category.Contact;
        }

        // An unnumbered address line ("Customer.AddressLine"), like a numbered one, on a person, an address or a booking only.
        if (joined is "addressline" or "addresslines")
        {
            return (isAddress || isPerson || container.IsPersonsBooking) && !isThing ? Category.Contact : null;
        }

        // A telephone call's record ("VoiceCall", "CallEntry", "PhoneCallLog"): its number is the caller's, its name the caller's
        // name, its recording what was said; a call type or a dispatch call's name is not.
        if (container.IsCallRecord && words.Count == 1 && !isThing)
        {
            switch (joined)
            {
                case "number" or "from" or "to" or "caller" or "callee" or "callernumber":
                    return Category.Contact;
                case "name" or "callername":
                    return Category.Name;
                case "recording" or "recordingurl":
                    return Category.Content;
            }
        }

        // Address parts: a region is a person's inside an address ("Address.State"); a store's address is not a person's.
        if (AddressRegionWords.Contains(joined) || words.Count == 2 && last == "code" && AddressRegionWords.Contains(words[0]) && words[0] != "uf")
        {
            return (isAddress || isPerson || container.IsPersonsBooking) && !isThing ? Category.Location : null;
        }

        // A role in front of an address part ("BillingAddressLine1", "ShippingPostalCode", "CustomerCity"); on a thing, only
        // a person's role counts (a purchase order's "DeliveryAddress" is a company's).
        if (before.Count > 0 && PersonWords.Contains(before[0]) && !(isThing && AddressRoles.Contains(before[0])))
        {
            var rest = string.Concat(words.Skip(1));
            if (ExactNames.TryGetValue(rest, out var part) && part is Category.Contact or Category.Location)
            {
                return part;
            }

            // A person's own attributes after their role ("TeacherGender", "PatientNationality", "DonorBloodType").
            if (!isThing && part is Category.Demographic or Category.Health && ExactNames.ContainsKey(rest))
            {
                return part;
            }

            // A glued name after a role ("contact" + "firstname" of "era_contactfirstname").
            if (words.Count == 2 && part == Category.Name && ExactNames.ContainsKey(rest))
            {
                return part;
            }

            if (rest is "address" or "addresses")
            {
                return Category.Contact;
            }

            if (AddressRegionWords.Contains(rest))
            {
                return Category.Location;
            }
        }

        if (words[0] == "child" && words.Count == 2 && words[1] is "name" or "birthdate" or "birth")
        {
            return Category.Children;
        }

        if (words.Contains("birth") && words.Contains("date"))
        {
            return words[0] == "child" ? Category.Children : Category.Demographic;
        }

        // "<content word> text": CommentText, MessageBody, ReviewText.
        if (last is "text" or "body" or "content" && before.Any(ContentContainers.Contains) && !container.IsSystemText)
        {
            return Category.Content;
        }

        // A message's text in a form or as a question ("ChatMessage.HtmlContent", "WebChatSession.QuestionText"); a status text is not.
        if (last is "text" or "body" or "content" && before.Count > 0 && before.All(TextFormWords.Contains) && container.HasContent
            && !container.IsSystemText && !isThing && !CodeMessageKinds.Contains(kind))
        {
            return Category.Content;
        }

        // What a person wrote or was written about them: "<role> feedback|note" ("CandidateFeedback", "CustomerNote"), a person's own
        // notes ("UserViewModel.Note", "AfkNote").
        if (WrittenWords.Contains(last) && (before.Count > 0 && PersonContainers.Contains(before[before.Count - 1]) && !isThing
            || last is "note" or "notes" or "comment" or "comments" or "obs" or "observation" or "observations" && isPerson && !isThing && !isInfrastructure))
        {
            return Category.Content;
        }

        // "<content word> message": CommitMessage, ChatMessage, CommentMessage; an error or status message is not.
        if (last is "message" or "messages" && before.Count == 1 && ContentContainers.Contains(before[0]) && !container.IsSystemText)
        {
            return Category.Content;
        }

        // A person's profile page ("Member.ProfileUrl").
        if (isPerson && !isThing && joined is "profileurl" or "profilelink" or "profileuri" or "profilepage")
        {
            return Category.Account;
        }

        // A person's picture kept as a link ("Member.IconUrl", "Speaker.PhotoPath").
        if (isPerson && !isThing && words.Count == 2 && PictureWords.Contains(words[0]) && last is "url" or "uri" or "path")
        {
            return Category.Image;
        }

        // A person's picture at a social or gaming network ("SteamPicture", "DiscordAvatar").
        if (isPerson && !isThing && words.Count == 2 && SocialNetworks.Contains(words[0]) && words[0] != "x" && PictureWords.Contains(last))
        {
            return Category.Image;
        }

        // A person's picture kept as a link, the words in another order ("UrlPhoto", "UrlFotoPerfil" → url, photo, profile).
        if (isPerson && !isThing && words.Count is 2 or 3 && words.Any(PictureWords.Contains) && words.Any(w => w is "url" or "uri" or "path")
            && words.All(w => PictureWords.Contains(w) || w is "url" or "uri" or "path" or "profile"))
        {
            return Category.Image;
        }

        // A person's profile at a social network, after their role or not ("FacebookProfileUrl", "UserFacebookProfileUrl").
        var network = words.Count >= 3 && PersonWords.Contains(words[0]) && SocialNetworks.Contains(words[1]) ? 1 : 0;
        if (!isThing && SocialNetworks.Contains(words[network]) && words[network] != "x" && words.Count - network == 3
            && words[network + 1] is "profile" or "account" && last is "url" or "uri" or "link" or "id" or "name")
        {
            return Category.Social;
        }

        // A person's second or other account at a social network ("EditUserViewModel.SecondYoutubeLink").
        if (!isThing && words.Count == 3 && words[0] is "second" or "third" or "other" or "alternate" or "secondary" && SocialNetworks.Contains(words[1])
            && words[1] != "x" && SocialAccountWords.Contains(last))
        {
            return Category.Social;
        }

        // A person's account at a social network ("DiscordId", "TwitterHandle"); a company's page is not a person's.
        if (SocialNetworks.Contains(words[0]) && !isThing && (words.Count == 1 ? words[0] != "x" && isPerson : words.Count == 2 && SocialAccountWords.Contains(last)))
        {
            return Category.Social;
        }

        // Headers of an e-mail or message: From/To/Cc hold addresses, Subject is what a person wrote.
        var isMail = !isThing && container.IsMailContainer && !CodeMessageKinds.Contains(kind);
        if (isMail && (MailAddressMembers.Contains(joined) || joined is "fromaddress" or "toaddress" or "recipients"))
        {
            return Category.Contact;
        }

        if (isMail && joined is "subject")
        {
            return Category.Content;
        }

        // Per-person usage history ("PagesRead", "PlayCount", "LastPlayedDate", "PlaybackPositionTicks"); a total over everyone
        // is not one person's ("AutopostSnapshot.TotalPlaycount").
        if (UsageConcepts.Any(c => ContainsRun(original, c)) && !(original[0] is "total" or "sum" && !isPerson))
        {
            return Category.Behavior;
        }

        // A learner's marks, grades and attendance ("StudentGrade.Mark", "Enrollment.FinalGrade", "Attendance.AttendanceStatus").
        if (container.IsEducationRecord && (EducationRecordMembers.Contains(last) || words.Contains("attendance") && last is "status" or "state")
            && !(container.IsLearnerOnly && last is "grade" or "grades"))
        {
            return Category.Behavior;
        }

        // A person's presence in their attendance record ("MemberAttendance.CheckInTime", "StaffAttendance.AttendanceDate"): when
        // they came and went is their behaviour; a booking's check-in date is not (no attendance record), nor a class's
        // attendance sheet that names no person ("Attendance.AttendanceDate").
        if (container.IsAttendance && isPerson && !isThing && (CameAndWentNames.Contains(string.Concat(original)) || string.Concat(original) is "intime"
            or "outtime" or "arrivaltime" or "attendancedate" or "attendancetime" or "attended" or "present" or "absent" or "presence"))
        {
            return Category.Behavior;
        }

        // "<role> <picture> url|uri|path": a person's image kept as a link ("SenderImageUrl", "OwnerPhotoPath").
        if (last is "url" or "uri" or "path" && words.Count >= 3 && PictureWords.Contains(words[words.Count - 2])
            && (PersonWords.Contains(words[words.Count - 3]) || words[words.Count - 3] == "profile" && (isPerson || words.Count == 3)) && !isThing)
        {
            return Category.Image;
        }

        // A link to an avatar is an image of a person wherever it is kept ("ViewModelBase.AvatarUri"); a thing's is not.
        if (words.Count == 2 && words[0] is "avatar" or "portrait" or "headshot" or "selfie" && last is "url" or "uri" or "path" or "link" && !isThing)
        {
            return Category.Image;
        }

        // An external login's provider key is the person's identifier at that provider (ASP.NET Core Identity's UserLogin,
        // "ExternalAuthenticateModel.ProviderKey", "ExternalLogin.ProviderUserId").
        // (Bitwarden's "ProviderUserInvitedViewModel.ProviderUserId" is the key of a provider's member, a row of its own.)
        if (joined is "providerkey" or "provideruserid" or "provideruserkey" or "provideraccountid" && !isThing
            && containerWords.Any(w => w is "login" or "logins" or "authenticate" or "authentication" or "auth" or "external" or "sso" or "oauth"))
        {
            return Category.UniqueId;
        }

        // Attachments of a person's message ("Reply.AttachmentUrls").
        if (words.Count == 2 && words[0] is "attachment" or "attachments" && last is "url" or "urls" or "uri" or "uris" or "link" or "links"
            && container.HasContent && !container.IsSystemText && !isThing)
        {
            return Category.Content;
        }

        // What a person gives or owes: a donor's gifts, a patron's overdue fees, a person's balance ("Donor.AverageGift").
        if (isPerson && !isThing && !isInfrastructure && (last is "gift" or "gifts" or "donation" or "donations" or "contribution" or "contributions"
            or "pledge" or "pledges" or "balance" or "dues" or "arrears" or "owed" or "wage" or "wages"
            || words.Contains("overdue") && last is "fees" or "fee" or "fines" or "fine" or "amount"
            || words.Count == 2 && words[0] is "hourly" or "daily" or "pay" && last == "rate"))
        {
            return Category.Financial;
        }

        // What a borrower still owes on their loan ("LoanData.Balance").
        if (joined is "balance" or "outstandingbalance" or "currentbalance" or "principalbalance" or "remainingbalance" && !isInfrastructure
            && containerWords.Any(w => w is "loan" or "loans"))
        {
            return Category.Financial;
        }

        // A guest's special requests on a booking ("Booking.Special_Requests"): what the guest wrote.
        if (joined is "specialrequest" or "specialrequests" or "specialrequirements" && !isThing && !isInfrastructure && !container.IsSystemText)
        {
            return Category.Content;
        }

        // The message a person wrote with their donation or pledge ("DonationGet.Message"). (Its amount is not read as theirs: the
        // hand-written evaluation set labels a charity's "Donation.Amount" otherwise.)
        if (kind is "donation" or "donations" or "pledge" or "pledges" && !isThing && !isInfrastructure && joined is "message" or "comment" or "note" or "dedication")
        {
            return Category.Content;
        }

        // When a person last signed in or was seen ("UserResponse.LastLoginAt"): their behaviour; a device's or a job's is not.
        if (isPerson && !isThing && !isInfrastructure && !container.IsSystemText && string.Concat(original) is "lastlogin" or "lastloginat" or "lastlogindate"
            or "lastlogintime" or "lastloggedin" or "lastloggedinat" or "lastloggedon" or "lastlogon" or "lastseen" or "lastseenat" or "lastactivity"
            or "lastactivityat" or "lastsignin" or "lastsignedin" or "lastsigninat")
        {
            return Category.Behavior;
        }

        // The parts of a person's address written as "address <part>" ("Address_Building", "AddressFlat").
        if (words.Count == 2 && words[0] == "address" && last is "building" or "flat" or "floor" or "block" or "unit" or "apartment" or "house" or "area"
            or "street" or "landmark" && !isThing && !isInfrastructure)
        {
            return Category.Contact;
        }

        // An identity document's number, dates, place of issue and scans ("DriverLicenseId", "CccdIssuePlace", "CccdFrontUrl").
        if (!isThing && !isInfrastructure && IsIdentityDocumentPart(words))
        {
            return Category.GovernmentId;
        }

        // The same parts as members of the document's own record ("Passport.Series", "Passport.IssuedBy", "Passport.DivisionCode").
        var documentPart = words.Count > 1 && words[0] == "document" ? string.Concat(words.Skip(1)) : joined;
        if (container.IsIdentityDocument && !isInfrastructure && joined != "id"
            && (IdentityDocumentParts.Contains(documentPart) || documentPart is "series" or "divisioncode" or "issuer" or "issuingauthority" or "authority"
                or "expiredate" or "document" or "documentnumber"))
        {
            return Category.GovernmentId;
        }

        // What a person wrote in a complaint, an inquiry or feedback: its title and description ("Complaint.ComplaintTitle").
        if (kind is "complaint" or "complaints" or "grievance" or "grievances" or "inquiry" or "enquiry" or "feedback" or "support" && !isThing && !container.IsSystemText
            && (words.Count == 1 || words.Count == 2 && (words[0] == kind || words[0] + "s" == kind))
            && last is "title" or "subject" or "description" or "details" or "text" or "body")
        {
            return Category.Content;
        }

        // A person's absence (a child's from day care, an employee's leave, a leave application): when it ran is their
        // behaviour, its reason what someone wrote about them ("Absence.StartDate", "LeaveApplication.EndDate", "Absence.Reason").
        if ((kind is "absence" or "absences" || kind is "application" or "applications" or "request" or "requests" && containerWords.Contains("leave"))
            && !isThing && !isInfrastructure)
        {
            if (joined is "startdate" or "enddate" or "start" or "end" or "from" or "to" or "fromdate" or "todate" or "date" or "datefrom" or "dateto"
                or "startat" or "endat" or "startson" or "endson" or "returndate")
            {
                return Category.Behavior;
            }

            if (joined is "reason" or "note" or "notes" or "comment" or "comments" or "description")
            {
                return Category.Content;
            }
        }

        // When a person in custody was released ("Prisoner.DateOfRelease"); a software release date is not a person's.
        if (!isThing && containerWords.Any(w => w is "prisoner" or "prisoners" or "inmate" or "inmates" or "detainee" or "detainees" or "convict" or "parolee")
            && words.Contains("release"))
        {
            return Category.Behavior;
        }

        // One rating given to a person, with what the rater wrote ("TutorRating.Content"). (A person's own "Rating" is not read
        // as theirs: the hand-written held-out set labels a courier's rating otherwise.)
        if (kind is "rating" or "ratings" && !isThing && !isInfrastructure && !container.IsSystemText && joined is "content" or "comment" or "comments" or "review" or "text")
        {
            return Category.Content;
        }

        // The score one person gives another, on a rating or review named after the person rated ("SitterReview.Rating",
        // "UserProfileRating.Rating", "UserRatingsDto.Rating"); a course's, a house's or a recipe's rating is the thing's.
        if (kind is "rating" or "ratings" or "review" or "reviews" && !isThing && !isInfrastructure && !container.IsSystemText
            && joined is "rating" or "score" or "stars" or "rate"
            && containerWords.Any(w => w != kind && (PersonContainers.Contains(w) || w == "user") && !NotOwnerWords.Contains(w)))
        {
            return Category.Content;
        }

        // A person's own picture or video by its bare name ("Customer.Image", "Tutor.VideoUrl").
        if (isPerson && !isThing && !isInfrastructure && (words.Count == 1 && words[0] is "image" or "photo" or "picture" or "avatar" or "portrait"
            or "headshot" or "selfie" or "video" || words.Count == 2 && words[0] is "video" or "selfie" && last is "url" or "uri" or "path"))
        {
            return Category.Image;
        }

        // The meter at a person's home (a utility customer's "MeterNumber"); a meter inventory's number is a thing's.
        if (isPerson && !isThing && !isInfrastructure && words.Count == 2 && words[0] == "meter" && last is "number" or "no" or "serial")
        {
            return Category.UniqueId;
        }

        // A person's habits and build ("Profile.EatingHabit", "Profile.BodyType"), as a profile states them.
        if (isPerson && !isThing && !isInfrastructure && (last is "habit" or "habits" && words.Count <= 2))
        {
            return Category.Behavior;
        }

        if (isPerson && !isThing && !isInfrastructure && joined is "bodytype" or "bodyshape" or "physique")
        {
            return Category.Health;
        }

        // A person's price for their own time ("Tutor.PricePerHour"), like an hourly rate.
        if (isPerson && !isThing && !isInfrastructure && joined is "priceperhour" or "hourlyprice" or "rateperhour" or "hourlyfee" or "feeperhour"
            or "consultationfee" or "sessionfee")
        {
            return Category.Financial;
        }

        // A patient's or a medical record: the treatments, symptoms and remarks on it ("PatientMedicalHistoryDto.Treatments").
        // An account's recovery is not a patient's: only on such a record is a recovery date health data.
        if (container.IsMedicalRecord && joined is "treatment" or "treatments" or "remark" or "remarks" or "symptom" or "symptoms"
            or "findings" or "complications" or "dateofrecovery" or "recoverydate" or "recoveredon" or "recovereddate")
        {
            return Category.Health;
        }

        // A pensioner's pension ("PensionerModel.MonthlyPension").
        if (isPerson && !isThing && !isInfrastructure && last is "pension" or "pensions")
        {
            return Category.Financial;
        }

        // A hunting, fishing or firearms licence's number is a licence the state issues to a person ("HuntingLicenseResponseDto.LicenseNumber");
        // so is a person's own licence to practise ("Staff.LicenseNumber" of a radiographer, "Psychologist.LicenseNumber").
        if (joined is "licensenumber" or "licencenumber" or "licenseno" or "licenceno" && !isInfrastructure
            && (containerWords.Any(w => w is "hunting" or "hunter" or "hunters" or "fishing" or "angling" or "firearm" or "firearms" or "weapon" or "weapons" or "gun")
                || isPerson && !isThing))
        {
            return Category.GovernmentId;
        }

        // The addressees of a mail ("MailMessage.ToAddresses", "CcAddresses"): e-mail addresses.
        if (words.Count == 2 && words[0] is "to" or "cc" or "bcc" or "replyto" && last is "addresses" or "emails" && !isInfrastructure)
        {
            return Category.Contact;
        }

        // One person's allergy record ("AllergyEntry.Reaction", ".Severity"); the allergy catalogue ("Allergy.AllergyName") is not.
        if (container.IsAllergyRecord && !isThing && !isInfrastructure
            && joined is "allergen" or "allergy" or "reaction" or "severity" or "notes" or "note" or "symptoms" or "treatment")
        {
            return Category.Health;
        }

        // The dates, place and issuer of an ID ("EditableHouseholdMemberViewModel.IdIssueDate").
        if (words.Count > 1 && words[0] == "id" && !isThing && !isInfrastructure
            && string.Concat(words.Skip(1)) is "issuedate" or "dateofissue" or "issueplace" or "placeofissue" or "issuedby" or "expirydate" or "expirationdate")
        {
            return Category.GovernmentId;
        }

        // A person's gender, ethnicity or religion written out ("UserProfile.GenderDescription"); a lookup table's is the table's.
        if (isPerson && !isThing && words.Count == 2 && words[0] is "gender" or "sex" or "ethnicity" or "race" or "religion" or "nationality"
            && last is "description" or "desc" or "text")
        {
            return Category.Demographic;
        }

        // A person's body measured for a garment or a fitting ("MeasurementRequestDto.Waist", "Registration.Inseam" of a tailor's
        // customer); a product's sleeve or a guitar's neck is not on a person's record or a measurement of one.
        if (!isThing && !isInfrastructure && (isPerson || container.IsMeasurementRecord) && BodyParts.Contains(words[0])
            && (words.Count == 1 || words.Count == 2 && last is "length" or "size" or "circumference" or "width" or "girth" or "measurement"))
        {
            return Category.Health;
        }

        // A person's body measurements: each is health data ("NewBodyMeasurementsVm.Height", ".TotalMuscleMass").
        if (container.IsBodyMeasurements && !isThing && !isInfrastructure && last is not ("id" or "ids" or "date" or "at" or "unit" or "units"))
        {
            return Category.Health;
        }

        // Pregnancy, postpartum and therapy care: the session's notes and the mother's weight ("Prenatal_Postpartum_Therapy.Session_Notes").
        if (container.IsMaternityOrTherapyCare && !isThing && !isInfrastructure
            && joined is "notes" or "note" or "sessionnotes" or "sesionnotes" or "sessionnote" or "weight" or "symptoms" or "complaint" or "majorcomplaint")
        {
            return Category.Health;
        }

        // Addiction rehabilitation: when a person was admitted and discharged, relapses, notes and progress ("Rehab_Admission.Admission_Date").
        if (container.IsRehabilitation && !isThing && !isInfrastructure
            && joined is "notes" or "note" or "sessionnote" or "sessionnotes" or "rehabnotes" or "progress" or "admissiondate" or "dischargedate"
                or "dischargeddate" or "expecteddischarge" or "isdischarged" or "hasrelapse" or "relapse" or "substancename" or "addictionrate")
        {
            return Category.Health;
        }

        // A record about one person's medication: what it is, its dose, effects and why it changed ("MedicationFeedback.Effectiveness",
        // "MedicationDosageAdjustment.ProposedDose").
        if (container.IsMedicationRecord && !isThing && !isInfrastructure
            && joined is "medicationname" or "medicinename" or "drugname" or "effectiveness" or "dose" or "proposeddose" or "currentdose" or "dosage"
                or "adjustmentreason" or "reason" or "routesofadministration" or "routeofadministration" or "route" or "warning" or "warnings"
                or "specialinstructions" or "instructions" or "notes" or "comments")
        {
            return Category.Health;
        }

        // A prescription is one patient's: the medicine on it, how long, and the name on the form ("Prescription.MedicineName").
        if (kind is "prescription" or "prescriptions" && !isThing && !isInfrastructure)
        {
            if (joined is "medicinename" or "medicationname" or "drugname" or "medicine" or "drug" or "duration" or "dose" or "dosage")
            {
                return Category.Health;
            }

            if (joined == "name")
            {
                return Category.Name;
            }
        }

        // The file of a person's CV or avatar ("Cv.FilePath", "Avatar.FilePath").
        if (kind is "cv" or "cvs" or "resume" or "resumes" or "avatar" or "avatars" && joined is "filepath" or "path" or "fileurl" or "url" or "file")
        {
            return kind.StartsWith("avatar", StringComparison.Ordinal) ? Category.Image : Category.Content;
        }

        // The suffix of a person's name ("Person.Suffix": "Jr."); a file's or a route's suffix is not a person's.
        if (isPerson && !isThing && !isInfrastructure && joined is "suffix" or "namesuffix" && containerWords.Any(w => w is "person" or "people" or "client"
            or "patient" or "member" or "customer" or "contact" or "employee" or "applicant"))
        {
            return Category.Name;
        }

        // Why a patient was admitted ("Admission.AdmissionReason").
        if (joined is "admissionreason" or "reasonforadmission" or "reasonofadmission" && !isThing && !isInfrastructure)
        {
            return Category.Health;
        }

        if (MetadataSuffixes.Contains(last) && words.Count > 1 && !ExactNames.ContainsKey(joined))
        {
            // CustomerId, EmailTemplateId, PasswordResetProvider: data about data.
            return null;
        }

        if (ExactNames.TryGetValue(joined, out var exact) || TryMisspelledExactName(joined, out exact))
        {
            // A display name is a person's on a person; elsewhere it labels a thing ("CaseSet.DisplayName", an attribute's).
            if (joined == "displayname" && containerWords.Count > 0 && !isPerson)
            {
                return null;
            }

            // An OAuth client's secret is an application's, not a person's ("CreateClientCredentialsResult.Secret").
            if (joined == "secret" && containerWords.Contains("client") && containerWords.Any(w => w is "credential" or "credentials"))
            {
                return null;
            }

            if (exact == Category.DeviceId && joined is "serial" or "serialnumber" && !isDevice && (isThing || containerWords.Count > 0 && !isPerson))
            {
                return null;
            }

            // A thing's own contact details, name, position and tax number are not a person's ("Store.Email", "Category.FullName"); a
            // full name on another thing's record is a person's all the same ("SchoolDetailsTabDto.FullName").
            if (isThing && exact is Category.Contact or Category.Name or Category.Location or Category.PreciseLocation or Category.GovernmentId or Category.Financial
                or Category.Image && !(exact == Category.Name && (GluedNameWords.Contains(joined)
                    || joined == "fullname" && !containerWords.Any(w => w is "category" or "categories" or "file" or "files" or "folder" or "folders"
                        or "directory" or "directories" or "path" or "type" or "types" or "assembly" || CodeMemberContainerWords.Contains(w))))
                || container.IsAnimal && exact is Category.Demographic or Category.Health)
            {
                return null;
            }

            return exact;
        }

        // A person's own web site ("Speaker.WebSite", a commenter's "Website"); a company's or a package's is not.
        if (joined is "website" or "homepage" or "homepageurl" or "websiteurl" or "blog" or "blogurl"
            && (isPerson && !isThing || container.HasContent))
        {
            return Category.Contact;
        }

        // A person's whole address in one text ("UpdateDonorRequest.FullAddress"); an address record's alone says nothing of
        // whose it is (a vacancy's "Address.FullAddress").
        if (joined == "fulladdress")
        {
            return (isPerson || container.IsPersonsBooking) && !isThing ? Category.Contact : null;
        }

        // A person's photograph kept as bytes ("PersonPhoto.ImageData").
        if (container.IsPersonPhoto && words.Count == 2 && PictureWords.Contains(words[0]) && last is "data" or "bytes" or "content" or "blob")
        {
            return Category.Image;
        }

        // A named condition anywhere in the name is health data, and so is its state ("Call.ReasonAnxiety", "HasAsthma",
        // "PrimaryTumorState"); an animal's condition is not a person's, and a condition's type or code is data about data (above).
        if (!container.IsAnimal && !isInfrastructure && !words.Any(w => w != "state" && ThingNameWords.Contains(w))
            && NamedConditions.Any(condition => ContainsRun(words, condition)))
        {
            return Category.Health;
        }

        // The name written on a document or a card, or as a bank has it ("NameOnCertificate", "NameOnCard", "NameAsPerBank").
        if (words.Count >= 3 && words[0] == "name" && words[1] is "on" or "as" or "per" && !isThing && !isInfrastructure)
        {
            return Category.Name;
        }

        // A person's WhatsApp or Viber number, and their blood's Rh factor ("Contact.WhatsApp", "User.Rh").
        if (isPerson && !isThing && !isInfrastructure)
        {
            if (joined is "whatsapp" or "whatsappnumber" or "whatsappno" or "viber" or "vibernumber")
            {
                return Category.Contact;
            }

            if (joined is "rh" or "rhfactor")
            {
                return Category.Health;
            }
        }

        // A person's mobile number ("Contact.CellNumber"); a grid's or a prison's cell number is not a person's.
        if (joined is "cellnumber" or "cellno" or "cellphonenumber" or "cellphoneno" && isPerson && !isThing && !isInfrastructure)
        {
            return Category.Contact;
        }

        // Ambiguous single words that depend on the container.
        if (words.Count == 1)
        {
            switch (joined)
            {
                case "name":
                    return (isPerson || container.IsPersonsBooking) && !isThing ? Category.Name : null;
                case "address":
                    return (isAddress || isPerson || container.IsPersonsBooking) && !isThing ? Category.Contact : null;
                case "recipient" or "attention" or "addressee" when isAddress && !isThing && !isInfrastructure:
                    // An address's recipient and "attention" lines name the person it is for ("Address.Attention").
                    return Category.Name;
                case "house" or "entrance" when isAddress && !isThing && !isInfrastructure:
                    // A house number and an entrance of a postal address ("Address.House", "Address.Entrance").
                    return Category.Contact;
                case "building" or "floor" or "flat" when (isAddress || isPerson) && !isThing && !isInfrastructure:
                    // The building, floor and flat of a person's address ("Customer.Building", "CustomerDTO.Flat").
                    return Category.Contact;
                case "delivery" or "secondary" when isAddress && !isThing && !isInfrastructure:
                    // A postal address's delivery and secondary lines (the street and unit, USPS's terms).
                    return Category.Contact;
                case "location":
                    return isPerson || isDevice ? Category.PreciseLocation : null;
                case "reason" or "notes" when kind is "appointment":
                    return Category.Health;
                case "note" or "notes" or "comment" or "comments" or "remark" or "remarks" or "description"
                    when kind is "reservation" or "reservations" or "booking" or "bookings" or "appointment" or "appointments" && !isThing:
                    // What a guest wrote on their booking or appointment ("Reservation.Note", "CreateAppointmentDTO.Description").
                    return Category.Content;
                case "rg":
                    // Brazil's identity card number on a person ("Person.RG"; CPF is known everywhere).
                    return isPerson && !isThing ? Category.GovernmentId : null;
                case "message" or "text" or "body" or "comment" or "content" or "note" or "notes" or "reply":
                    return container.HasContent && !CodeMessageKinds.Contains(kind) && !container.IsSystemText ? Category.Content : null;
                case "summary" or "preview" or "html" or "source" or "excerpt" or "snippet" or "markdown" or "plaintext" or "rendered"
                    when container.IsAuthoredText:
                    // The text of a post, note or content object in another form ("Post.Summary", "Content.Html").
                    return Category.Content;
                case "url" or "uri" or "path" or "link" or "src" or "data" or "bytes" or "content" or "blob" when container.IsPersonPhoto:
                    // A person's photograph ("Photo.Url" of a member's photos); a product's photo is a thing's.
                    return Category.Image;
                case "description" when container.IsProfile:
                    // What a member wrote about themselves on their profile ("MemberUpdateDto.Description").
                    return Category.Content;
                case "plate" when kind is "vehicle" or "car" or "vehicles" or "cars":
                    // A car's plate ("Vehicle.Plate"), like its licence plate.
                    return Category.UniqueId;
                case "inbox":
                    // A social-network actor's inbox is how to reach that person; a server's shared inbox is not.
                    return isPerson && !isThing ? Category.Contact : null;
                case "pulse" when (isPerson || containerWords.Any(w => w is "measurement" or "measurements" or "reading" or "readings"))
                    && !isThing && !isInfrastructure:
                    // A person's pulse ("Patient.Pulse", a measurement's), like a vital signs record's; a service's heartbeat is not a person's.
                    return Category.Health;
                case "emergency":
                    // A free-text emergency contact on a person ("Employee.Emergency").
                    return isPerson && !isThing ? Category.Contact : null;
                case "token" when container.IsAuthTokenCarrier:
                    // The token of a sign-in response ("TokenResponseVM.Token", "LoginResult.Token").
                    return Category.Credentials;
                case "title" or "subject" when kind is "comment" or "review" or "reply" or "feedback" or "complaint" or "inquiry" or "enquiry" or "kudo" or "kudos":
                    // The title a commenter or reviewer wrote; a note's, a post's or a filter's title is the application's.
                    return Category.Content;
                case "author" or "commenter" or "poster":
                    // Also an article's or a news item's byline ("Articles.Author"); a book's author is a catalogue's.
                    return (container.HasContent || kind is "article" or "articles" or "news" or "story" or "stories") && !CodeMessageKinds.Contains(kind)
                        ? Category.Name : null;
                case "alias" or "handle" or "account":
                    // A person's alias or account name ("StaffIndexViewModel.account: string"); typed as a model it is a reference.
                    return isPerson && !isThing ? Category.Account : null;
                case "url" or "link" or "uri":
                    // A person's own page ("RecentActivityUser.Url"); a thing's or a resource's link is not.
                    return isPerson && !isThing ? Category.Account : null;
                case "residence":
                    // Where a person lives, as text ("OrphanDto.Residence"); a residence permit is a document (above).
                    return isPerson && !isThing ? Category.Location : null;
                case "description" when containerWords.Count(w => !ModelSuffixes.Contains(w)) == 1 && SelfDescribedKinds.Contains(kind):
                    // How a person offering their services describes themselves ("Mentor.Description", "Babysiter.Description"); a
                    // client's or a user's description is often an application's or a group's.
                    return Category.Content;
                case "bio" or "biography" or "about" or "summary":
                    return isPerson && !isThing ? Category.Content : null;
                case "weight" or "height":
                    // A person's, or a medical record's ("MedicalInformation.Height"); a parcel's is not.
                    return (isPerson || container.IsMedicalRecord || container.MentionsMedical || containerWords.Any(w => w is "physical" or "appearance"))
                        && !isThing ? Category.Health : null;
                case var role when RoleNames.Contains(role) && !isInfrastructure:
                    // A role as the whole name holds the person's name ("OrgInfo.Teacher: string"); typed as a model it is a reference.
                    return Category.Name;
            }

            return null;
        }

        // Only people have first, middle and family names: "<any word> first name" is a person's ("EmrFirstName", "RefMiddleName").
        if (last == "name" && words.Count >= 3 && words[words.Count - 2] is "first" or "last" or "middle" or "given" or "family" or "maiden" or "sur"
            && !before.Any(ThingNameWords.Contains))
        {
            return before.Contains("child") ? Category.Children : Category.Name;
        }

        // "Name of <person>" ("NameOfMother", "NameOfFather"): that person's name.
        if (words.Count == 3 && words[0] == "name" && words[1] == "of" && PersonWords.Contains(words[2]))
        {
            return words[2] == "child" ? Category.Children : Category.Name;
        }

        // "<role> person" names someone ("Supplier.ContactPerson", "ResponsiblePerson"); typed as a model it is a reference.
        if (last == "person" && words.Count == 2 && (PersonWords.Contains(words[0]) || words[0] is "responsible" or "reference" or "liaison"))
        {
            return Category.Name;
        }

        // "<person word> name|email|phone|…": RecipientName, CustomerEmail, ContactPhone, HomeAddress.
        if (PersonalSuffixes.TryGetValue(last, out var suffixCategory))
        {
            // The word right before decides: "CampaignManagedOrganizerName" is a person's, "CustomerGroupName" is not; a
            // role's display name is the role's ("SenderDisplayName").
            var owner = before.Count > 1 && before[before.Count - 1] == "display" ? before.Take(before.Count - 1).ToList() : before;
            if (last is "name" or "names" && (owner.Count == 0 || !PersonWords.Contains(owner[owner.Count - 1])) && owner.Any(ThingNameWords.Contains)
                || last is "name" or "names" && owner != before && !PersonWords.Contains(owner[owner.Count - 1])
            || last is "name" or "names" && owner.Count > 0 && ScreenWords.Contains(owner[owner.Count - 1]))
            {
                return null;
            }

            // A vehicle's, a ride's or a booking's driver is a person ("Vehicle.DriverName", "BookingDetailsDto.DriverName"), and so
            // is a driver's record's ("DriverRecommendationDto.DriverName"); a database driver is not.
            var driver = before.Count > 0 && before[before.Count - 1] == "driver" && containerWords.Any(w => w is "vehicle" or "vehicles" or "car"
                or "cars" or "ride" or "rides" or "trip" or "trips" or "taxi" or "cab" or "truck" or "bus" or "delivery" or "shipment"
                or "booking" or "bookings" or "reservation" or "reservations" or "journey" or "journeys" or "driver" or "drivers");
            if (hasRole || driver || (last is "email" or "mail" or "phone" or "mobile" && !before.Any(ThingNameWords.Contains) && !isThing))
            {
                return before.Contains("child") ? Category.Children : suffixCategory;
            }

            if (last == "address" && !isThing && before.Count == 1 && before[0] is "delivery" or "billing" or "shipping" or "home" or "postal"
                or "residence" or "residential" or "permanent" or "present" or "correspondence")
            {
                return Category.Contact;
            }
        }

        // "<role> number" is a person's phone number ("CallerNumber"); other numbers are references.
        if (last == "number" && words.Count == 2 && PersonWords.Contains(words[0]) && CallRoles.Contains(words[0]))
        {
            return Category.Contact;
        }

        // "<person> number" is their registration number ("CustomerNumber", "PatientNumber"), like an employee number.
        if (last == "number" && words.Count == 2 && PersonContainers.Contains(words[0]) && !isThing)
        {
            return Category.UniqueId;
        }

        // A known concept anywhere in the name, unless the name is about a thing ("ServerIp", "EmailTemplate…"); a person's own
        // password at a server is still theirs ("Mailbox.SmtpPassword").
        var aboutThing = words.Any(ThingNameWords.Contains);
        foreach (var (conceptWords, conceptCategory) in Concepts)
        {
            if ((!aboutThing || conceptCategory == Category.Credentials && isPerson && !isThing && !isInfrastructure)
                && ContainsRun(words, conceptWords) && !(isThing && !hasRole && conceptCategory is Category.Contact or Category.PreciseLocation)
                && !(conceptCategory == Category.Financial && words[0] is "total" or "sum" or "aggregate" && !isPerson))
            {
                return conceptCategory;
            }
        }

        // A glued name word after any word ("DisputantSurname", "LawyerGivenName", "DesignerFullname"), unless the name is a thing's.
        if ((GluedNameWords.Contains(last) || last == "fullname") && !aboutThing)
        {
            return before.Contains("child") ? Category.Children : Category.Name;
        }

        // A qualified role held as text names the person ("EnforcementOfficer", "AssignedDoctor"); typed as a model it is a
        // reference.
        if (words.Count == 2 && TextRoleHeads.Contains(last) && !aboutThing && !isInfrastructure)
        {
            return Category.Name;
        }

        return null;
    }

    // A container named after an identity document ("Passport", "IdentityCardDto"); "Citizen" and "Nic" alone name people and
    // network cards, not documents.
    // A file a person uploads with a request: a scan of their identity document ("DriverFormPostDto.LicensePhotoFile",
    // "InputOrphanDto.BirthCertificate"), their photograph or document on their own record ("AddPersonDTO.ImageFile"), or what
    // they attach to something they write ("IncidentDto.File", "RegisterComplaintRequest.Image1"). Elsewhere an upload is a
    // service's or an administrator's (a licence file, a CSV import, a song's lyrics, a news item's picture): not suggested.
    private static Category? ClassifyUpload(ContainerFacts container, string member)
    {
        var words = Words(member);
        if (words.Count == 0 || container.IsThing || container.IsInfrastructure || container.IsConstants
            || container.Words.Any(w => w is "import" or "imports" or "bulk" or "csv" or "news" or "advertisement" or "banner" or "story" or "stories"
                or "wallet" or "license" or "licence" or "lyric" or "lyrics" or "helper" or "helpers" or "parser"))
        {
            return null;
        }

        if (words.Any(w => w is "passport" or "citizen" or "citizenship" or "visa" or "identity" or "idproof")
            || words.Any(w => w is "license" or "licence") && words.Any(w => w is "driver" or "drivers" or "driving" or "photo" or "scan" or "copy")
            || words.Contains("birth") && words.Contains("certificate") || words.Count >= 2 && words[0] == "id" && words[1] is "proof" or "card")
        {
            return Category.GovernmentId;
        }

        if (words.Any(w => w is "license" or "licence"))
        {
            return null;
        }

        if (container.IsPerson)
        {
            return words.Any(w => PictureWords.Contains(w) || w is "images" or "photos" or "pictures") ? Category.Image : Category.Content;
        }

        // What a person writes and attaches to: a report, a complaint, a request, a message, a claim, a document of theirs.
        return container.HasContent || container.Words.Any(w => w is "incident" or "incidents" or "complaint" or "complaints" or "report" or "reports"
            or "claim" or "claims" or "reimbursement" or "request" or "application" or "submission" or "reward" or "evidence" or "letter"
            or "penalty" or "penalties" or "appeal" or "appeals" or "dispute" or "disputes"
            or "certificate" or "certificates" or "docs" or "document" or "documents" or "stored" or "upload" or "image" or "images" or "files")
            ? Category.Content
            : null;
    }

    private static bool EndsWithIdentityDocument(List<string> words)
    {
        foreach (var document in IdentityDocuments)
        {
            if (!(document.Length == 1 && document[0] is "citizen" or "nic") && words.Count >= document.Length
                && words.Skip(words.Count - document.Length).SequenceEqual(document))
            {
                return true;
            }
        }

        return false;
    }

    // "DriverLicenseId", "CccdIssuePlace", "NationalIdCardNo": a document's name, then one of its parts.
    private static bool IsIdentityDocumentPart(List<string> words)
    {
        foreach (var document in IdentityDocuments)
        {
            for (var at = 0; at + document.Length < words.Count; at++)
            {
                var matches = true;
                for (var i = 0; i < document.Length && matches; i++)
                {
                    matches = words[at + i] == document[i];
                }

                if (matches && IdentityDocumentParts.Contains(string.Concat(words.Skip(at + document.Length))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsInfrastructure(List<string> containerWords)
    {
        if (!containerWords.Any(InfrastructureContainers.Contains) || containerWords.Any(PersonContainers.Contains))
        {
            return false;
        }

        // A person's own settings ("NotificationSettings", "PrivacySettings"): only settings words and a person's preference
        // words. A channel's or a service's settings ("SlackNotificationSettings", "SmtpSettings") stay infrastructure.
        var rest = containerWords.Where(w => !GenericSettingsWords.Contains(w) && !ModelSuffixes.Contains(w)).ToList();
        return !(rest.Count > 0 && rest.All(PersonalSettingsWords.Contains));
    }

    internal enum TypeShape
    {
        Unknown,
        Text,
        Number,
        Value,
        Boolean,
        Date,
        Guid,
        Personal,
        Other,
    }

    // What a member's type says: one value (the name decides), a flag, a date, a row key, a type that is personal data
    // whatever its name, or a model/service whose own members carry the label.
    private static TypeShape Shape(string? typeName)
    {
        if (string.IsNullOrWhiteSpace(typeName))
        {
            return TypeShape.Unknown;
        }

        var element = Element(typeName!);
        if (PersonalTypes.ContainsKey(element))
        {
            return TypeShape.Personal;
        }

        switch (element)
        {
            case "string" or "String" or "char" or "Char" or "SecureString" or "StringValues" or "ReadOnlyMemory" or "Memory" or "Span" or "ReadOnlySpan":
                return TypeShape.Text;
            case "int" or "long" or "short" or "uint" or "ulong" or "ushort" or "Int32" or "Int64" or "Int16" or "UInt32" or "UInt64":
                return TypeShape.Number;
            case "bool" or "Boolean":
                return TypeShape.Boolean;
            case "DateTime" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan":
                return TypeShape.Date;
            case "Guid":
                return TypeShape.Guid;
        }

        if (WrapperSuffixes.Any(s => element.EndsWith(s, StringComparison.Ordinal) && element.Length > s.Length))
        {
            return TypeShape.Text;
        }

        if (ValueTypes.Contains(element) || element.Length <= 2)
        {
            return TypeShape.Value;
        }

        // Interfaces and services are never data; models are labelled through their own members.
        if (element.Length > 1 && element[0] == 'I' && char.IsUpper(element[1]))
        {
            return TypeShape.Other;
        }

        var typeWords = Words(element);
        var lastTypeWord = typeWords.LastOrDefault() ?? string.Empty;
        if (ModelSuffixes.Contains(lastTypeWord) || lastTypeWord is "service" or "provider" or "manager" or "repository" or "factory" or "logger"
            or "context" or "handler" or "accessor" or "helper" or "builder" or "client" or "resolver" or "cache" or "options" or "settings"
            or "configuration" or "collection" or "form" or "address" or "location" or "position" or "list" or "set" or "dictionary"
            or "mapper" or "localizer" or "engine" or "store" or "executer" or "executor" or "watcher" or "monitor" or "queue" or "channel"
            or "task" or "action" or "func" or "delegate" or "event" or "exception" or "semaphore" or "lock" or "timer" or "stream"
            or "user" or "person" or "customer" or "employee" or "member" or "resource" or "message" or "messages" or "sms" or "history" or "histories"
            // A row of a lookup table ("ReligionMaster", "CasteMaster"): a reference to a list of options, not a person's value.
            or "master"
            // ADO.NET's tables and rows ("SettingsDTO.UserProfielFullName: DataTable") carry other members' values.
            || element is "DataTable" or "DataSet" or "DataRow" or "DataView")
        {
            return TypeShape.Other;
        }

        // An enum or a small value type of the code base ("Gender", "Grade", "BloodGroup"): the name decides.
        return TypeShape.Value;
    }

    // The element of a collection or nullable: "List<Foo>?" → "Foo", "string[]" → "string", "System.Net.IPAddress" → "IPAddress".
    private static string Element(string typeName)
    {
        var t = typeName.Trim().TrimEnd('?');
        while (t.EndsWith("[]", StringComparison.Ordinal))
        {
            t = t.Substring(0, t.Length - 2).TrimEnd('?');
        }

        var open = t.IndexOf('<');
        if (open > 0 && t.EndsWith(">", StringComparison.Ordinal))
        {
            var outer = t.Substring(0, open);
            var inner = t.Substring(open + 1, t.Length - open - 2);
            if (outer.EndsWith("Dictionary", StringComparison.Ordinal) || inner.Contains(","))
            {
                return "Dictionary";
            }

            if (outer is "Nullable" or "Option" or "Optional" or "Maybe" or "List" or "IList" or "IEnumerable" or "ICollection" or "IReadOnlyList" or "IReadOnlyCollection"
                or "Collection" or "HashSet" or "ISet" or "ImmutableArray" or "ObservableCollection" or "Task" or "ValueTask")
            {
                return Element(inner);
            }

            t = outer;
        }

        var dot = t.LastIndexOf('.');
        return dot >= 0 ? t.Substring(dot + 1) : t;
    }

    private static bool ContainsRun(List<string> words, string[] run)
    {
        for (var i = 0; i + run.Length <= words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < run.Length && match; j++)
            {
                match = words[i + j] == run[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits a member name into lower-case words: camelCase, PascalCase, snake_case, kebab-case and acronyms
    /// (<c>RemoteIPAddress</c> → remote, ip, address; <c>EMail</c> → email).
    /// </summary>
    public static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '_' or '-' or ' ' or '.')
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0)
            {
                var previousUpper = char.IsUpper(name[i - 1]);
                var nextLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (!previousUpper || nextLower)
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();

        // "E" + "mail" is one word, and so is "Do" + "B" (a date of birth written "DoB").
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "e" && words[i + 1] == "mail" || words[i] == "do" && words[i + 1] == "b")
            {
                words[i] = words[i] == "e" ? "email" : "dob";
                words.RemoveAt(i + 1);
            }
        }

        Translate(words);
        return words;
    }
}
