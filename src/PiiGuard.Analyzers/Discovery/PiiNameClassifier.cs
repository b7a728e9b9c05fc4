using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Discovery;

/// <summary>
/// Guesses whether a member holds personal data from its name (split into words), its type and its container, and
/// which <see cref="Category"/> it would be. Rules are data: word sets per category, and containers that change the
/// meaning of ambiguous words (a <c>Name</c> on <c>Customer</c> is a person's; on <c>Product</c> it is not).
/// Measured on the labelled set in tests/PiiGuard.Tests/Discovery (docs/discovery.md).
/// </summary>
internal static class PiiNameClassifier
{
    // Whole normalised names (words joined, lower case) that are personal data wherever they appear.
    private static readonly Dictionary<string, Category> ExactNames = new(StringComparer.Ordinal)
    {
        ["email"] = Category.Contact, ["emailaddress"] = Category.Contact, ["mail"] = Category.Contact,
        ["phone"] = Category.Contact, ["phonenumber"] = Category.Contact, ["mobile"] = Category.Contact, ["mobilenumber"] = Category.Contact,
        ["telephone"] = Category.Contact, ["cellphone"] = Category.Contact, ["cell"] = Category.Contact,
        ["firstname"] = Category.Name, ["lastname"] = Category.Name, ["surname"] = Category.Name, ["givenname"] = Category.Name,
        ["familyname"] = Category.Name, ["middlename"] = Category.Name, ["fullname"] = Category.Name, ["displayname"] = Category.Name,
        ["nickname"] = Category.Name, ["maidenname"] = Category.Name,
        ["dob"] = Category.Demographic, ["dateofbirth"] = Category.Demographic, ["birthdate"] = Category.Demographic, ["birthday"] = Category.Demographic,
        ["gender"] = Category.Demographic, ["sex"] = Category.Demographic, ["age"] = Category.Demographic, ["nationality"] = Category.Demographic,
        ["ethnicity"] = Category.Demographic, ["race"] = Category.Demographic, ["religion"] = Category.Demographic, ["maritalstatus"] = Category.Demographic,
        ["ssn"] = Category.GovernmentId, ["socialsecuritynumber"] = Category.GovernmentId, ["nationalid"] = Category.GovernmentId, ["taxid"] = Category.GovernmentId,
        ["passportnumber"] = Category.GovernmentId, ["passport"] = Category.GovernmentId, ["driverslicense"] = Category.GovernmentId,
        ["driverlicense"] = Category.GovernmentId, ["insurancenumber"] = Category.GovernmentId, ["documentnumber"] = Category.GovernmentId,
        ["iban"] = Category.Financial, ["accountnumber"] = Category.Financial, ["routingnumber"] = Category.Financial, ["sortcode"] = Category.Financial,
        ["bankaccount"] = Category.Financial, ["salary"] = Category.Financial, ["income"] = Category.Financial, ["creditscore"] = Category.Financial,
        ["grosspay"] = Category.Financial, ["netpay"] = Category.Financial, ["taxwithheld"] = Category.Financial, ["expectedsalary"] = Category.Financial,
        ["cardnumber"] = Category.Payment, ["pan"] = Category.Payment, ["cvv"] = Category.Payment, ["cvc"] = Category.Payment,
        ["expirymonth"] = Category.Payment, ["expiryyear"] = Category.Payment, ["expirationdate"] = Category.Payment,
        ["password"] = Category.Credentials, ["passwordhash"] = Category.Credentials, ["passwordsalt"] = Category.Credentials, ["pwd"] = Category.Credentials,
        ["apikey"] = Category.Credentials, ["secretkey"] = Category.Credentials, ["accesstoken"] = Category.Credentials, ["refreshtoken"] = Category.Credentials,
        ["twofactorsecret"] = Category.Credentials, ["recoverycodes"] = Category.Credentials, ["clientsecret"] = Category.Credentials, ["secret"] = Category.Credentials,
        ["username"] = Category.Account, ["login"] = Category.Account,
        ["ip"] = Category.IpAddress, ["ipaddress"] = Category.IpAddress, ["remoteipaddress"] = Category.IpAddress, ["clientip"] = Category.IpAddress,
        ["lastloginip"] = Category.IpAddress, ["signupip"] = Category.IpAddress,
        ["lat"] = Category.PreciseLocation, ["lng"] = Category.PreciseLocation, ["lon"] = Category.PreciseLocation, ["latitude"] = Category.PreciseLocation,
        ["longitude"] = Category.PreciseLocation, ["coordinates"] = Category.PreciseLocation, ["gpsposition"] = Category.PreciseLocation,
        ["geolocation"] = Category.PreciseLocation, ["currentlocation"] = Category.PreciseLocation, ["currentlatitude"] = Category.PreciseLocation,
        ["currentlongitude"] = Category.PreciseLocation,
        ["timezone"] = Category.Location, ["city"] = Category.Location,
        ["street"] = Category.Contact, ["streetaddress"] = Category.Contact, ["addressline1"] = Category.Contact, ["addressline2"] = Category.Contact,
        ["line1"] = Category.Contact, ["line2"] = Category.Contact, ["zip"] = Category.Contact, ["zipcode"] = Category.Contact, ["postalcode"] = Category.Contact,
        ["postcode"] = Category.Contact, ["homeaddress"] = Category.Contact, ["homephone"] = Category.Contact, ["billingaddress"] = Category.Contact,
        ["shippingaddress"] = Category.Contact, ["deliveryaddress"] = Category.Contact,
        ["imei"] = Category.DeviceId, ["iccid"] = Category.DeviceId, ["simiccid"] = Category.DeviceId, ["macaddress"] = Category.DeviceId,
        ["serialnumber"] = Category.DeviceId, ["serial"] = Category.DeviceId, ["vin"] = Category.DeviceId, ["devicefingerprint"] = Category.DeviceId,
        ["useragent"] = Category.Device,
        ["diagnosis"] = Category.Health, ["diagnoses"] = Category.Health, ["allergies"] = Category.Health, ["allergy"] = Category.Health,
        ["medications"] = Category.Health, ["medication"] = Category.Health, ["bloodtype"] = Category.Health, ["disabilitystatus"] = Category.Health,
        ["sickdays"] = Category.Health, ["heartrate"] = Category.Health, ["genotype"] = Category.Health, ["hiv"] = Category.Health, ["dosage"] = Category.Health,
        ["drug"] = Category.Health, ["resultvalue"] = Category.Health,
        ["fingerprint"] = Category.Biometric, ["facetemplate"] = Category.Biometric, ["voiceprint"] = Category.Biometric, ["retinascan"] = Category.Biometric,
        ["selfie"] = Category.Biometric,
        ["photo"] = Category.Image, ["avatar"] = Category.Image, ["avatarurl"] = Category.Image, ["profilepicture"] = Category.Image, ["picture"] = Category.Image,
        ["resume"] = Category.Content, ["cv"] = Category.Content, ["cvurl"] = Category.Content,
        ["mrn"] = Category.UniqueId, ["medicalrecordnumber"] = Category.UniqueId, ["employeenumber"] = Category.UniqueId, ["studentid"] = Category.UniqueId,
        ["licenseplate"] = Category.UniqueId,
        ["twitterhandle"] = Category.Social, ["instagramusername"] = Category.Social, ["facebookid"] = Category.Social, ["linkedinurl"] = Category.Social,
        ["cookieconsent"] = Category.PrivacyPreferences, ["trackingconsent"] = Category.PrivacyPreferences, ["marketingoptin"] = Category.PrivacyPreferences,
        ["donotsell"] = Category.PrivacyPreferences,
    };

    // Last words that make a name personal data when the words before name a person ("CustomerEmail", "ContactPhone").
    private static readonly Dictionary<string, Category> PersonalSuffixes = new(StringComparer.Ordinal)
    {
        ["email"] = Category.Contact, ["mail"] = Category.Contact, ["phone"] = Category.Contact, ["mobile"] = Category.Contact,
        ["name"] = Category.Name, ["ssn"] = Category.GovernmentId, ["iban"] = Category.Financial, ["address"] = Category.Contact,
        ["zip"] = Category.Contact, ["birthdate"] = Category.Demographic, ["latitude"] = Category.PreciseLocation, ["longitude"] = Category.PreciseLocation,
    };

    // Words naming a person or a person's role: "<role> name/email/phone" is personal data.
    private static readonly HashSet<string> PersonWords = new(StringComparer.Ordinal)
    {
        "customer", "cust", "user", "recipient", "holder", "cardholder", "account", "owner", "author", "manager", "driver", "contact", "guardian",
        "emergency", "sender", "requester", "borrower", "teacher", "child", "counterparty", "actor", "invitee", "subscriber", "billing", "personal",
        "work", "home", "patient", "employee", "member", "buyer", "seller", "client", "lead", "applicant", "candidate", "doctor", "student", "parent",
        "spouse", "tenant", "beneficiary", "payer", "payee", "delivery", "shipping", "mother", "father", "prescribed",
        "passenger", "agent", "adjuster", "caller", "callee", "traveler", "traveller", "player", "athlete", "landlord", "guest", "attendee",
        "participant", "speaker", "insured", "claimant", "physician", "nurse", "therapist", "pilot", "rider", "courier", "respondent",
        "witness", "victim", "policyholder", "shareholder", "worker", "contractor", "volunteer", "donor", "voter", "citizen", "resident",
        "visitor", "friend", "referrer", "reviewer", "assignee", "approver", "signer", "signatory", "winner", "host", "organizer", "organiser",
    };

    // Containers whose Name/Email/Phone/Address are a person's.
    private static readonly HashSet<string> PersonContainers = new(StringComparer.Ordinal)
    {
        "customer", "user", "person", "patient", "employee", "candidate", "contact", "doctor", "driver", "student", "member", "client", "account",
        "profile", "applicant", "guardian", "dependent", "subscriber", "shopper", "buyer", "passenger", "guest", "visitor", "lead", "teacher",
        "nurse", "installer", "agent", "recipient", "beneficiary",
    };

    // Containers that describe infrastructure or things: their Address/Host/Password/Name are not a person's.
    private static readonly HashSet<string> ThingContainers = new(StringComparer.Ordinal)
    {
        "product", "category", "organization", "organisation", "company", "tenant", "store", "hospital", "warehouse", "server", "gateway", "config",
        "configuration", "options", "settings", "smtp", "route", "feature", "country", "course", "team", "department", "event", "file", "record",
        "template", "brand", "device", "plant", "coupon", "webhook", "apiclient", "hotel", "branch",
    };

    // Last words that make a name metadata about data rather than the data ("EmailTemplateId", "FileName").
    private static readonly HashSet<string> MetadataSuffixes = new(StringComparer.Ordinal)
    {
        "id", "ids", "count", "template", "type", "format", "enabled", "length", "hash", "status", "code", "url", "uri", "path", "key", "version",
        "at", "on", "date", "time", "size", "flag", "verified", "confirmed", "index", "level", "kind", "mode", "range", "prefix", "suffix",
    };

    // Words before Name that make it a thing's name.
    private static readonly HashSet<string> ThingNameWords = new(StringComparer.Ordinal)
    {
        "file", "template", "product", "category", "company", "brand", "pharmacy", "school", "merchant", "host", "server", "route", "display", "type",
        "class", "method", "property", "field", "table", "column", "event", "queue", "topic", "bucket", "store", "team", "project", "app", "service",
    };

    // Words that qualify a concept without changing it: "LastIp", "HashedPassword", "AnnualIncome", "WeightKg".
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "last", "current", "primary", "secondary", "hashed", "encrypted", "annual", "monthly", "yearly", "average", "avg", "resting",
        "old", "new", "previous", "default", "main", "alt", "alternate", "other", "original", "verified", "raw", "normalized", "normalised",
    };

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "kg", "g", "lbs", "lb", "cm", "mm", "m", "in", "ft", "bpm", "no", "nr", "num",
    };

    // Concepts recognised anywhere in a name, as runs of words ("CreditCardNumber", "RestingHeartRate").
    private static readonly (string[] Words, Category Category)[] Concepts =
    {
        (new[] { "password" }, Category.Credentials), (new[] { "passwd" }, Category.Credentials),
        (new[] { "passport" }, Category.GovernmentId), (new[] { "ssn" }, Category.GovernmentId),
        (new[] { "national", "id" }, Category.GovernmentId), (new[] { "tax", "id" }, Category.GovernmentId),
        (new[] { "iban" }, Category.Financial), (new[] { "income" }, Category.Financial), (new[] { "salary" }, Category.Financial),
        (new[] { "credit", "card" }, Category.Payment), (new[] { "debit", "card" }, Category.Payment), (new[] { "card", "number" }, Category.Payment),
        (new[] { "heart", "rate" }, Category.Health), (new[] { "blood" }, Category.Health), (new[] { "diagnosis" }, Category.Health),
        (new[] { "birth", "date" }, Category.Demographic), (new[] { "date", "of", "birth" }, Category.Demographic), (new[] { "dob" }, Category.Demographic),
        (new[] { "zip" }, Category.Contact), (new[] { "postcode" }, Category.Contact),
        (new[] { "latitude" }, Category.PreciseLocation), (new[] { "longitude" }, Category.PreciseLocation), (new[] { "gps" }, Category.PreciseLocation),
        (new[] { "ip" }, Category.IpAddress), (new[] { "ip", "address" }, Category.IpAddress),
        (new[] { "email" }, Category.Contact), (new[] { "phone" }, Category.Contact),
    };

    public static Category? Classify(string container, string member, string? typeName)
    {
        var words = Words(member);
        if (words.Count == 0)
        {
            return null;
        }

        // Drop qualifiers in front and units behind: the concept is what remains.
        while (words.Count > 1 && Qualifiers.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && Units.Contains(words[words.Count - 1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var joined = string.Concat(words);
        var containerWords = Words(container);
        var containerKind = containerWords.LastOrDefault() ?? string.Empty;
        var isThing = containerWords.Any(ThingContainers.Contains) && !containerWords.Any(PersonContainers.Contains);
        var isPerson = containerWords.Any(PersonContainers.Contains);

        // Types that are personal data whatever the name.
        switch (typeName)
        {
            case "IPAddress" when !isThing:
                return Category.IpAddress;
            case "MailAddress":
                return Category.Contact;
            case "PhoneNumber":
                return Category.Contact;
        }

        // Infrastructure: a server's address or an SMTP password is not a person's.
        if (isThing && (joined is "ipaddress" or "password" or "username" or "address" or "phone" or "hostname" or "secret"))
        {
            return joined == "secret" && containerKind is "webhook" ? Category.Credentials : null;
        }

        if (MetadataSuffixes.Contains(words[words.Count - 1]) && words.Count > 1 && !ExactNames.ContainsKey(joined))
        {
            // CustomerId, EmailTemplateId, AvatarUrl handled by the exact table above.
            return null;
        }

        if (ExactNames.TryGetValue(joined, out var exact))
        {
            if (exact == Category.DeviceId && joined is "serial" or "serialnumber" && isThing && containerKind is not ("device" or "inverter" or "battery" or "module"))
            {
                return null;
            }

            return exact;
        }

        // Ambiguous single words that depend on the container.
        if (words.Count == 1)
        {
            switch (joined)
            {
                case "name":
                    return isPerson && !isThing ? Category.Name : null;
                case "address":
                    return containerKind is "address" || isPerson ? Category.Contact : null;
                case "location":
                    return isThing && containerKind is not ("plant" or "device") ? null : Category.PreciseLocation;
                case "message" or "text" or "body" or "comment" or "content":
                    return containerKind is "message" or "ticket" or "review" or "comment" or "post" || containerWords.Contains("chat") || containerWords.Contains("support")
                        ? Category.Content
                        : null;
                case "weight" or "height":
                    return isPerson && !isThing ? Category.Health : null;
                case "reason" or "notes":
                    return containerKind is "appointment" ? Category.Health : null;
            }

            return null;
        }

        // "<person word> name|email|phone|…": RecipientName, CustomerEmail, ContactPhone, HomeAddress.
        var last = words[words.Count - 1];
        if (PersonalSuffixes.TryGetValue(last, out var suffixCategory))
        {
            var before = words.Take(words.Count - 1).ToList();
            if (last == "name" && before.Any(ThingNameWords.Contains))
            {
                return null;
            }

            if (before.Any(PersonWords.Contains) || (last is "email" or "mail" or "phone" or "mobile" && !before.Any(ThingNameWords.Contains)))
            {
                return before.Contains("child") ? Category.Children : suffixCategory;
            }

            if (last == "address" && !isThing && before.Count == 1 && before[0] is "delivery" or "billing" or "shipping" or "home" or "postal")
            {
                return Category.Contact;
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

        // "<role> number" is a person's phone number ("CallerNumber"); other numbers are references.
        if (last == "number" && words.Count == 2 && PersonWords.Contains(words[0]))
        {
            return Category.Contact;
        }

        // A known concept anywhere in the name, unless the name is about a thing ("ServerIp", "EmailTemplate…").
        if (!isThing && !words.Any(ThingNameWords.Contains))
        {
            foreach (var (conceptWords, conceptCategory) in Concepts)
            {
                if (ContainsRun(words, conceptWords))
                {
                    return conceptCategory;
                }
            }
        }

        return null;
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

        // "E" + "mail" is one word.
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "e" && words[i + 1] == "mail")
            {
                words[i] = "email";
                words.RemoveAt(i + 1);
            }
        }

        return words;
    }
}
