import {mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {problemsOf} from './helpers/problems-of';
import {readCampaign} from '../src/campaign/read-campaign';
import {makeCampaignDir, SAMPLE_CAMPAIGN} from './helpers/make-campaign-dir';

describe('readCampaign', () => {
	test('the sample campaign loads with its 12 episodes', () => {
		const {campaign, assetsDir, problems} = readCampaign(SAMPLE_CAMPAIGN);
		expect(problems).toEqual([]);
		if (!campaign) throw new Error('the sample campaign does not read');
		expect(campaign.series.title).toBe('Cités');
		expect(campaign.episodes.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		expect(campaign.episodes.slice(0, 4).map((e) => e.place.name)).toEqual([
			'Place Aragon',
			'Collège Albert-Camus',
			'Square George-Sand',
			'Bibliothèque Isabelle-Eberhardt',
		]);
		expect(assetsDir).toBe(path.dirname(SAMPLE_CAMPAIGN));
	});

	test.each([
		{
			name: 'a path that climbs out with ..',
			edit: (c: any) => ((c.episodes[0].footage = '../../etc/passwd.mp4'), c),
			expected:
				'campaign.json:85:4: episodes[0].footage = "../../etc/passwd.mp4": climbs out with ".."; keep the file inside the assets folder and point at it from there',
		},
		{
			name: 'an absolute path',
			edit: (c: any) => ((c.music = '/usr/share/sounds/bed.m4a'), c),
			expected:
				'campaign.json:62:2: music = "/usr/share/sounds/bed.m4a": is an absolute path; give a path relative to the campaign file, e.g. "footage/ep01.mp4"',
		},
		{
			name: 'a missing file',
			edit: (c: any) => ((c.episodes[2].subtitles = 'subtitles/ep3.srt'), c),
			expected:
				'campaign.json:233:4: episodes[2].subtitles = "subtitles/ep3.srt": file not found in <dir>; check the spelling or add the file there',
		},
		{
			name: 'a header too long for the slot',
			edit: (c: any) => ((c.episodes[1].header = {durationInSeconds: 7}), c),
			expected:
				'campaign.json:211:5: episodes[1].header.durationInSeconds = 7: is over 5 s; a header lasts 3–5 s (TikTok Takeover)',
		},
		{
			name: 'a bad colour',
			edit: (c: any) => ((c.brand.colors.accent = 'jaune'), c),
			expected:
				'campaign.json:41:4: brand.colors.accent = "jaune": is not a colour; write a CSS colour such as "#1A98FF" or "rgb(26, 152, 255)"',
		},
		{
			name: 'a misspelt field',
			edit: (c: any) => ((c.episodes[4].titel = c.episodes[4].title), delete c.episodes[4].title, c),
			expected: 'campaign.json:417:4: episodes[4]: has unknown field "titel"; check the spelling or remove it',
		},
		{
			name: 'a release offset that does not match the time zone',
			edit: (c: any) => ((c.episodes[3].releaseAt = '2027-07-01T18:00:00+01:00'), c),
			expected:
				'campaign.json:315:4: episodes[3].releaseAt = "2027-07-01T18:00:00+01:00": has offset +01:00 but Europe/Paris is at +02:00 on that date; write the offset +02:00',
		},
		{
			name: 'a segment that ends before it starts',
			edit: (c: any) => (
				(c.episodes[0].teaser.segments = [
					{startMs: 9000, endMs: 2000},
					{startMs: 10000, endMs: 20000},
				]),
				c
			),
			expected:
				'campaign.json:91:7: episodes[0].teaser.segments[0].endMs = 2000: is not after startMs (9000); make endMs greater than startMs',
		},
	])('refuses $name with a message naming file, field, value and fix', ({edit, expected}) => {
		const {file} = makeCampaignDir({edit});
		expect(problemsOf(file, {positions: true})).toContain(expected);
	});

	test('reports every problem of a file in one run', () => {
		const {file} = makeCampaignDir({
			edit: (c: any) => {
				c.episodes[0].footage = '../outside.mp4';
				c.episodes[5].number = 'six';
				c.series.platform.handle = 'primevideofr';
				delete c.episodes[11].title;
				// Checks across fields, reported with the errors elsewhere.
				c.episodes[2].teaser.segments[0].endMs = 99000;
				c.episodes[3].releaseAt = '2027-07-01T18:00:00+01:00';
				c.episodes[7].number = 7;
				return c;
			},
		});
		expect(problemsOf(file)).toEqual([
			'campaign.json: series.platform.handle = "primevideofr": is not a handle; write it like "@primevideofr"',
			'campaign.json: episodes[0].footage = "../outside.mp4": climbs out with ".."; keep the file inside the assets folder and point at it from there',
			'campaign.json: episodes[2].teaser.segments = "106.294 s in all": add up to 106.294 s; a teaser lasts 5–60 s (TikTok In-Feed): move the in/out points',
			'campaign.json: episodes[5].number = "six": should be a number, not a string',
			'campaign.json: episodes[11].title: is missing; add it (a string)',
			'campaign.json: episodes[3].releaseAt = "2027-07-01T18:00:00+01:00": has offset +01:00 but Europe/Paris is at +02:00 on that date; write the offset +02:00',
			'campaign.json: episodes[7].number = 7: repeats episodes[6].number; give every episode its own number',
		]);
	});

	test('refuses a symlink that leads out of the assets folder', () => {
		const {dir, file} = makeCampaignDir({edit: (c) => ({...c, music: 'linked/bed.m4a'})});
		mkdirSync(path.join(dir, 'linked'));
		symlinkSync('/etc/hostname', path.join(dir, 'linked', 'bed.m4a'));
		expect(problemsOf(file)).toEqual([
			'campaign.json: music = "linked/bed.m4a": leads outside the assets folder (to /etc/hostname); copy the file into <dir> instead of linking to it',
		]);
	});

	/** The sample campaign as written (tabs, one field a line), changed on one line: lines are the file's own. */
	const writeSampleWith = (change: (lines: string[]) => void): string => {
		const {file} = makeCampaignDir();
		const lines = readFileSync(SAMPLE_CAMPAIGN, 'utf8').split('\n');
		change(lines);
		writeFileSync(file, lines.join('\n'));
		return file;
	};

	test('points at the line and column of a JSON syntax error', () => {
		const {file} = makeCampaignDir();
		writeFileSync(file, '{\n  "series": {\n    "title": "Cités"\n    "tagline": "x"\n  }\n}\n');
		expect(problemsOf(file, {positions: true})).toEqual([
			'campaign.json:4:5: invalid JSON: a "," is expected between two items',
		]);
	});

	test('a trailing comma on line 29 is reported on line 29, at the comma', () => {
		const file = writeSampleWith((lines) => {
			expect(lines[28]).toBe('\t\t\t"#PrimeVideoCasting"');
			lines[28] += ',';
		});
		expect(problemsOf(file, {positions: true})).toEqual([
			'campaign.json:29:24: invalid JSON: a comma before a closing bracket; remove it',
		]);
	});

	test('comments are refused at their place, and the schema still checks the rest in the same run', () => {
		const file = writeSampleWith((lines) => {
			lines[3] += ' // the show';
			lines[325] = lines[325]!.replace('19266', '14000');
		});
		expect(problemsOf(file, {positions: true})).toEqual([
			'campaign.json:4:21: invalid JSON: JSON has no comments; remove it, or say it in a field such as "idea"',
			'campaign.json:326:7: episodes[3].teaser.segments[1].endMs = 14000: is not after startMs (14957); make endMs greater than startMs',
		]);
	});

	test('a field written twice is refused: JSON would keep the last one silently', () => {
		const file = writeSampleWith((lines) => {
			lines[3] += ' "title": "Cités 2",';
		});
		expect(problemsOf(file, {positions: true})).toEqual([
			'campaign.json:4:21: invalid JSON: repeats the field "title"; keep one',
		]);
	});

	test.each([
		[
			'a missing field, at the object that lacks it',
			(c: any) => (delete c.episodes[3].title, c),
			'campaign.json:295:3: episodes[3].title: is missing; add it (a string)',
		],
		[
			'a wrong type deep in an episode',
			(c: any) => ((c.episodes[3].trailer.clips[1].endMs = '27s'), c),
			'campaign.json:348:7: episodes[3].trailer.clips[1].endMs = "27s": should be a number, not a string',
		],
	])('a schema problem gives the line of the field: %s', (_what, edit, expected) => {
		const {file} = makeCampaignDir({edit});
		expect(problemsOf(file, {positions: true})).toContain(expected);
	});

	test.each([
		[
			'an impossible day',
			'2027-02-30T18:00:00+01:00',
			'has day 30, but February 2027 has 28 days; check the day and month',
		],
		[
			'29 February of a common year',
			'2027-02-29T18:00:00+01:00',
			'has day 29, but February 2027 has 28 days; check the day and month',
		],
		['an impossible month', '2027-13-01T18:00:00+01:00', 'has month 13; months go 01–12'],
		[
			'an impossible hour',
			'2027-01-15T25:00:00+01:00',
			'has hour 25; hours go 00–23 (midnight is 00:00 of the next day)',
		],
		['impossible minutes', '2027-01-15T18:60:00+01:00', 'has minutes or seconds over 59; check the time'],
		['an offset no zone has', '2027-01-15T18:00:00+25:00', 'has an offset no time zone has; write one like +01:00'],
		[
			'a winter offset in summer',
			'2027-07-01T18:00:00+01:00',
			'has offset +01:00 but Europe/Paris is at +02:00 on that date; write the offset +02:00',
		],
		[
			'a date without a time',
			'2027-01-15',
			'is not a date and time with offset; write it like "2027-01-15T18:00:00+01:00"',
		],
	])('releaseAt refuses %s', (_what, releaseAt, message) => {
		const {file} = makeCampaignDir({edit: (c: any) => ((c.episodes[1].releaseAt = releaseAt), c)});
		expect(problemsOf(file)).toEqual([
			`campaign.json: episodes[1].releaseAt = ${JSON.stringify(releaseAt)}: ${message}`,
		]);
	});

	test('releaseAt takes 29 February of a leap year and a time without seconds', () => {
		const {file} = makeCampaignDir({edit: (c: any) => ((c.episodes[1].releaseAt = '2028-02-29T18:00+01:00'), c)});
		expect(problemsOf(file)).toEqual([]);
	});

	test.each([
		['null', 'campaign.json:1:1: should be an object, not null'],
		['[]', 'campaign.json:1:1: should be an object, not a list'],
		['"campaign"', 'campaign.json:1:1: should be an object, not a string'],
	])('a file that holds %s instead of an object says so, without an exception', (text, expected) => {
		const {file} = makeCampaignDir();
		writeFileSync(file, text);
		expect(problemsOf(file, {positions: true})).toEqual([expected]);
	});

	test('thousands of episodes are refused once, and only the first 99 are checked', () => {
		const {file} = makeCampaignDir({edit: (c: any) => ((c.episodes = Array.from({length: 5_000}, () => ({}))), c)});
		const lines = problemsOf(file);
		expect(lines).toContain(
			'campaign.json: episodes = "5000 episodes": has 5000 episodes; a campaign has at most 99 (numbers 1–99): split it, or remove the extra ones (only the first 99 were checked)',
		);
		expect(lines.filter((line) => line.includes('episodes[99]'))).toEqual([]);
	});

	test('says so when the campaign file does not exist', () => {
		expect(problemsOf('/nonexistent/campaign.json')).toEqual([
			'campaign.json: file not found; pass --campaign with the path of a campaign JSON file',
		]);
	});
});
